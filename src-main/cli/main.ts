import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command, InvalidArgumentError, Option } from 'commander'
import { importFormats, type ImportFormat } from '../cases/importers/detect-format'
import { dataPaths } from '../core/create-core'
import { defaultDataDir } from '../core/data-dir'
import { appVersion } from '../core/version'
import { migrations } from '../store/migrations'
import { inspectDatabase } from '../store/open-database'
import { exportCommand, importCommand, listCommand, validateCommand } from './case-commands'
import { backupCommand, migrateCommand } from './database-commands'
import { benchEngineCommand, benchRagCommand, type BenchEngineOptions, type BenchRagOptions } from './bench-commands'
import { evalPatientCommand, evalScorerCommand } from './eval-commands'
import { evalRagCommand, type EvalRagOptions } from './eval-rag-command'
import { resultsCsvCommand } from './results-commands'
import { enginesAddCommand, enginesAssignCommand, enginesListCommand } from './engine-commands'
import { formatDoctor, probeGpu, systemFacts, type DoctorReport } from './doctor'
import { kbAddCommand, kbListCommand, kbRemoveCommand, kbSearchCommand } from './kb-commands'
import { kbEmbedderCommand } from './kb-embedder-command'
import { modelsDownloadCommand, modelsImportCommand, modelsListCommand } from './model-commands'
import { runCommand } from './run-command'
import { serve } from './serve'

// Built: out/main/cli.js → out/renderer. From source: src-main/cli → out/renderer.
const here = dirname(fileURLToPath(import.meta.url))
const rendererDir = [join(here, '../renderer'), join(here, '../../out/renderer')].find((dir) => existsSync(dir)) ?? join(here, '../renderer')

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('a whole number from 1')
  return count
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port from 0 to 65535 (0 picks a free one)')
  return port
}

const program = new Command()
  .name('cliniclab')
  .description('ClinicLab: clinical AI on your own machine')
  .version(appVersion)
  .option('--data <dir>', 'data folder (default: CLINICLAB_DATA or the app\'s user-data folder)')

const dataDir = () => resolve(program.opts<{ data?: string }>().data ?? defaultDataDir())

program
  .command('serve')
  .description('serve the app and its API over HTTP, for browsers, classrooms and machines without a display')
  .option('--host <address>', 'address to listen on', '127.0.0.1')
  .option('--port <n>', 'port (0 picks a free one)', parsePort, 8417)
  .option('--token <token>', 'access token, required off loopback (or CLINICLAB_TOKEN)')
  .action((options: { host: string; port: number; token?: string }) =>
    runCommand(() =>
      serve({ host: options.host, port: options.port, dataDir: dataDir(), token: options.token ?? process.env.CLINICLAB_TOKEN, rendererDir })
    )
  )

program
  .command('doctor')
  .description('what this machine offers: Node, CPU, cores, RAM, GPU, data folder, versions')
  .option('--json', 'print JSON')
  .action((options: { json?: boolean }) =>
    runCommand(async () => {
      const dir = dataDir()
      const file = dataPaths(dir).database
      const database = inspectDatabase(file, migrations.at(-1)?.version ?? 0)
      const report: DoctorReport = {
        ...systemFacts(),
        dataDir: dir,
        databaseFile: database.exists ? file : null,
        schemaVersion: database.exists ? database.version : null,
        gpu: await probeGpu()
      }
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatDoctor(report)}\n`)
    })
  )

const db = program.command('db').description('the ClinicLab database')
db.command('migrate')
  .description('apply pending migrations (a backup is taken first)')
  .action(() => runCommand(() => migrateCommand(dataDir())))
db.command('backup')
  .description('write a consistent copy of the database into the backups folder')
  .action(() => runCommand(() => backupCommand(dataDir())))

const formatOption = () => new Option('--format <format>', 'the input format (detected when omitted)').choices(importFormats)
const cases = program.command('cases').description('case packs: validate, import, list, export')
cases
  .command('validate <path>')
  .description('check a pack (folder or .zip) or a file of another format; every problem names its file and JSON path')
  .addOption(formatOption())
  .option('--update-checksum', "recompute a pack folder's checksum after editing its cases")
  .action((path: string, options: { format?: ImportFormat; updateChecksum?: boolean }) => runCommand(() => validateCommand(path, options)))
cases
  .command('import <path>')
  .description('import a pack, or AgentClinic JSONL, SPBench profiles or Chinese medical records; all or nothing')
  .addOption(formatOption())
  .action((path: string, options: { format?: ImportFormat }) => runCommand(() => importCommand(dataDir(), path, options)))
cases
  .command('list')
  .description('installed packs and their cases')
  .option('--json', 'print JSON')
  .action((options: { json?: boolean }) => runCommand(() => listCommand(dataDir(), options)))
cases
  .command('export <pack> <out>')
  .description('write an installed pack to a folder, or to a zip when <out> ends in .zip')
  .action((pack: string, out: string) => runCommand(() => exportCommand(dataDir(), pack, out)))

const engines = program.command('engines').description('inference endpoints and the role ("brain") each one runs')
engines
  .command('list')
  .description('endpoints, and the endpoint, model, adapter and sampling of each role')
  .option('--json', 'print JSON')
  .action((options: { json?: boolean }) => runCommand(() => enginesListCommand(dataDir(), options)))
engines
  .command('add <name> <baseUrl>')
  .description('add an OpenAI-compatible endpoint (Ollama, LM Studio, a remote vLLM, a paid API)')
  .option('--key-env <VAR>', 'read the API key from this environment variable (stored in a user-only file, never in the database)')
  .option('--check', 'ask the endpoint for its models now (a network call)')
  .action((name: string, baseUrl: string, options: { keyEnv?: string; check?: boolean }) => runCommand(() => enginesAddCommand(dataDir(), name, baseUrl, options)))
engines
  .command('assign <role> <endpoint> <model>')
  .description('run a role (patient, assistant, extractor, critic, judge, teacher) on an endpoint, model and adapter')
  .option('--adapter <name>', 'a LoRA adapter served by that endpoint')
  .option('--temperature <t>', 'sampling temperature (judge and extractor default to 0)')
  .option('--max-tokens <n>', 'most tokens per answer')
  .action((role: string, endpoint: string, model: string, options: { adapter?: string; temperature?: string; maxTokens?: string }) => runCommand(() => enginesAssignCommand(dataDir(), role, endpoint, model, options)))

const models = program.command('models').description('the models folder: GGUF models and LoRA adapters')
models
  .command('list')
  .description('models and adapters with their metadata; unusable files with their problem')
  .option('--json', 'print JSON')
  .action((options: { json?: boolean }) => runCommand(() => modelsListCommand(dataDir(), options)))
models
  .command('import <file>')
  .description('check a local GGUF and copy it into the models folder')
  .action((file: string) => runCommand(() => modelsImportCommand(dataDir(), file)))
models
  .command('download <uri>')
  .description('download hf:USER/REPO/FILE.gguf, hf:USER/REPO:QUANT or an https URL (network, as asked): progress, resume, SHA-256 check; HF_TOKEN for gated repos')
  .option('--sha256 <hex>', 'the expected SHA-256 (Hugging Face publishes its own for most files)')
  .action((uri: string, options: { sha256?: string }) => runCommand(() => modelsDownloadCommand(dataDir(), uri, options)))

const kb = program.command('kb').description('the knowledge base the assistant answers from: collections of your documents')
kb.command('list')
  .description('collections with their document and passage counts and embedder; documents with their state or error')
  .option('--json', 'print JSON')
  .action((options: { json?: boolean }) => runCommand(() => kbListCommand(dataDir(), options)))
kb.command('add <files...>')
  .description('add .md, .txt, .html, .pdf or .docx files and wait while they are indexed (Ctrl-C stops; indexing resumes at the next start)')
  .option('--collection <nameOrId>', 'the collection (default "My guidelines", created when missing)')
  .option('--create', 'create the --collection when there is none of that name')
  .action((files: string[], options: { collection?: string; create?: boolean }) => runCommand(() => kbAddCommand(dataDir(), files, options)))
kb.command('remove <idOrName>')
  .description('remove a document and its passages (by id, or by name when only one document has it)')
  .action((idOrName: string) => runCommand(() => kbRemoveCommand(dataDir(), idOrName)))
kb.command('search <query>')
  .description('the passages the assistant would be given for a question, with document, heading and page')
  .option('--collection <nameOrId>', 'search only this collection (repeat for more)', (value: string, previous: string[]) => [...previous, value], [] as string[])
  .addOption(new Option('--mode <mode>', 'full text, vectors, or both fused').choices(['hybrid', 'fts', 'vector']).default('hybrid'))
  .option('--limit <n>', 'passages to return', parseCount, 5)
  .option('--json', 'print JSON')
  .action((query: string, options: { collection: string[]; mode: 'hybrid' | 'fts' | 'vector'; limit: number; json?: boolean }) => runCommand(() => kbSearchCommand(dataDir(), query, options)))
kb.command('embedder [kind] [args...]')
  .description('show the embedder, or set it: none | onnx FOLDER [--quantized] | gguf MODEL | engine ENDPOINT MODEL (setting it embeds the collections again)')
  .option('--quantized', 'onnx: load onnx/model_quantized.onnx (int8)')
  .action((kind: string | undefined, args: string[], options: { quantized?: boolean }) => runCommand(() => kbEmbedderCommand(dataDir(), kind, args, options)))

program
  .command('results')
  .description('scored practice sessions')
  .command('csv')
  .description('every scored session as CSV (to stdout, or to --out FILE with a BOM for spreadsheets)')
  .option('--out <file>', 'write to this file')
  .action((options: { out?: string }) => runCommand(() => resultsCsvCommand(dataDir(), options)))

const evaluation = program.command('eval').description('measure the simulated patient and other components on data')
evaluation
  .command('patient')
  .description("replay human standardized-patient transcripts into the simulated patient and compare")
  .requiredOption('--cases <path>', 'cases in any importable format (e.g. ../shared/data/spbench/cases)')
  .requiredOption('--transcripts <dir>', 'transcripts [{round, question, answer}], paired with cases by file name')
  .option('--engine <engine>', '"scripted", or "patient" for the patient role (see `cliniclab engines`)', 'scripted')
  .addOption(new Option('--language <language>', 'session language (default: the cases\' language)').choices(['zh', 'en']))
  .option('--json <file>', 'also write the figures as JSON')
  .action((options: { cases: string; transcripts: string; engine: string; language?: 'zh' | 'en'; json?: string }) => runCommand(() => evalPatientCommand(options, dataDir())))
evaluation
  .command('scorer')
  .description('score human consultations with the rule scorer against two degraded copies of each (first 5 questions; history questions removed)')
  .requiredOption('--cases <path>', 'cases in any importable format (e.g. ../shared/data/spbench/cases)')
  .requiredOption('--transcripts <dir>', 'transcripts [{round, question, answer}], paired with cases by file name')
  .addOption(new Option('--language <language>', 'session language (default: the cases\' language)').choices(['zh', 'en']))
  .option('--json <file>', 'also write the figures as JSON')
  .action((options: { cases: string; transcripts: string; language?: 'zh' | 'en'; json?: string }) => runCommand(() => evalScorerCommand(options)))

evaluation
  .command('rag')
  .description('knowledge-base retrieval: recall@1, recall@5 and MRR of full-text, vector and hybrid search, overall and per language')
  .option('--kb <dir>', 'a folder of documents, named by their path inside it (default: the starter knowledge pack)')
  .requiredOption('--questions <file>', 'JSONL, one {"question", "expected_source", "lang"} per line (e.g. knowledge/starter/questions.jsonl)')
  .option('--embedder-onnx <folder>', 'an ONNX embedding model folder for vector and hybrid search, or "tiny" for the generated random-weight test model')
  .option('--limit <k>', 'only the first K questions', parseCount)
  .option('--json <file>', 'also write the figures and every question\'s ranks as JSON')
  .addHelpText('after', '\nIndexes into a throwaway data folder; with --data it indexes into that folder and reuses what is already there (its embedder is set to --embedder-onnx).')
  .action((options: EvalRagOptions) => runCommand(() => evalRagCommand(options, program.opts<{ data?: string }>().data)))

const bench = program.command('bench').description('benchmarks: print figures, compare setups in one run')
bench
  .command('engine')
  .description('node-llama-cpp (a) directly and (b) through ClinicLab\'s OpenAI-compatible API over HTTP/SSE; TTFT, ITL, TPOT, tokens/s per concurrency level')
  .option('--model <path>', 'a GGUF model (default: the generated tiny test model)')
  .option('--concurrency <list>', 'concurrent streams per level', '1,2,4')
  .option('--requests <n>', 'requests per stream at each level (run in alternating rounds)', '8')
  .option('--max-tokens <n>', 'tokens generated per request', '64')
  .option('--threads <n>', 'CPU threads (default and maximum: the machine\'s math cores)')
  .option('--cpu', 'do not use a GPU even when one is found')
  .option('--json [file]', 'print JSON (or write it to the file and print the table)')
  .action((options: BenchEngineOptions) => runCommand(() => benchEngineCommand(dataDir(), options)))
bench
  .command('rag')
  .description('the knowledge-base index on synthetic bilingual passages: ingestion rate, vector index build, p50/p95 of flat and indexed vector, full-text and hybrid search')
  .option('--rows <n>', 'passages to write', '100000')
  .option('--dims <n>', 'vector dimensions', '384')
  .option('--queries <n>', 'timed queries per setup (after 20 to warm up)', '200')
  .option('--json [file]', 'print JSON (or write it to the file and print the table)')
  .action((options: BenchRagOptions) => runCommand(() => benchRagCommand(options)))

await program.parseAsync(process.argv)
