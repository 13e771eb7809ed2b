import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { onnx as OnnxNamespace } from 'onnx-proto'
import { seededRandom as random } from '../core/seeded-random'

/**
 * Writes a tiny BERT-shaped embedding model that transformers.js loads from a
 * local folder: a WordPiece vocabulary of medical English and common Chinese
 * characters, and an ONNX graph `Tanh(Gather(table, input_ids) + bias)`. The
 * weights are seeded random, so texts that share tokens get similar
 * mean-pooled vectors; nothing here means anything medically.
 */

// onnx-proto is CommonJS whose exports node's ESM loader cannot see by name.
const { onnx } = createRequire(import.meta.url)('onnx-proto') as { onnx: typeof OnnxNamespace }

const specialTokens = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const

const englishWords = `
a an the and or of in on at to with without for from by as is are was were be been has have had
no not denies reports since after before during over under about than more less very
patient man woman male female child boy girl baby adult elderly year years old month months week weeks day days hour hours minute minutes
history present past family social medical surgical drug allergy allergies known
chest pain ache aching pressure tightness heavy sharp dull burning crushing stabbing radiating radiates
fever fevers chills rigors sweat sweats sweating sweaty diaphoresis cough coughing sputum phlegm blood bloody
shortness breath breathing dyspnea wheeze wheezing palpitations syncope dizziness dizzy faint fainting
headache head neck back arm arms leg legs hand hands foot feet jaw shoulder knee hip joint joints
abdomen abdominal belly stomach nausea vomiting vomit diarrhea constipation stool stools urine urinary
rash itch itching swelling swollen edema redness bruise wound bleeding cut burn
throat sore runny nose ear eye eyes vision blurred hearing tongue mouth teeth skin
heart lung lungs liver kidney kidneys brain bowel bladder
fatigue tired weakness weak numbness tingling confusion seizure stroke collapse
weight loss gain appetite thirst sleep night nights morning evening
acute chronic sudden gradual onset worse worsening better improving severe mild moderate intermittent constant
right left upper lower side sides both central middle front
rate pressure temperature pulse oxygen saturation level levels test tests
diabetes hypertension asthma pneumonia infection infarction angina heart attack failure cancer tumor
exam examination diagnosis treatment therapy medication medicine dose tablet injection surgery
doctor nurse hospital clinic emergency ward admitted discharged
normal abnormal high low positive negative increased decreased elevated
take took taking give given start started stop stopped feel feels feeling felt
`

const wordPieces = `s es ed ing ly er al ia itis osis emia ic ous tion ity y ness ment ful less ive`

/** Frequent characters plus the usual words of a Chinese case history (duplicates are dropped). */
const chineseCharacters = `
的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知全己向部外因已相高但手实意很本开些等业最情长现明体老正力它间问重动点把被由关
两新文机制民气于理应产结员电表加量什特程度位性区候期次比月件反入原口话变合常提给内象走度记名东
女男孕儿童婴孩岁周晨夜晚早午餐饮食睡眠醒梦
胸痛热咳嗽腹血肺肝肾胃肠头晕呕吐恶泻便尿喘闷悸汗伴痰咽喉鼻耳眼视皮肤疹痒肿胀压糖脂酸碱
药物剂片针注射检查诊断治疗病症状史患医护院科急门住术麻醉感染炎菌毒癌瘤骨折节肌肉神脑脊髓颈背腰腿足臂肩膝
脉搏呼吸率温低慢快阴阳红白黄绿淋巴甲腺乳房宫卵巢妊娠膀胱列管栓塞梗死衰竭休克昏迷抽搐癫痫瘫痪木刺钝绞窄射
持续阵歇缓解疲乏消瘦增减左右侧央未异升降既往族敏烟酒
烧冷寒虚弱软硬紧张酸麻疼刺胀闷憋累困渴饿饱干湿稀稠促
咯黑紫青苍灰浊清亮混
频繁偶尔突然逐渐反复间断剧烈轻微加重减轻好转恶化
心脏肺部血管静脉动脉淋巴结膀胱子宫前列腺甲状腺胆囊胰腺阑尾脾
高血压糖尿病冠心病哮喘肺炎胃炎肠炎肝炎肾炎结核感冒流感
检验化验超声影像片透视切片活检穿刺抽血输液吸氧插管
服用口服静滴肌注外用每天两次三次饭后饭前睡前
无明显诱因查体神志清楚精神可欠佳
分秒小时天周月年前后内外上下
血常规尿常规肝功能肾功能电解质心电图
体格营养发育正常良好不良欠佳
说明评估观察随访复查建议转诊
吃喝拉撒走跑跳坐站躺翻转抬举握
疗效副作用过敏不耐受禁忌
`

/** Punctuation BERT splits off as its own token; kept in the vocabulary so it is not `[UNK]` in every text. */
const punctuation = `.,;:!?'"()[]{}-/%+=<>*&#@~` + '，。、；：？！（）【】《》“”‘’…—'

function buildVocabulary(): string[] {
  const tokens: string[] = [...specialTokens]
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789'
  // Single characters and their `##` pieces make every ASCII word tokenizable, so unknown words split rather than becoming [UNK].
  for (const character of [...punctuation, ...letters]) tokens.push(character)
  for (const character of letters) tokens.push(`##${character}`)
  tokens.push(...englishWords.split(/\s+/), ...wordPieces.split(/\s+/).map((piece) => `##${piece}`))
  tokens.push(...[...chineseCharacters].filter((character) => /\p{Script=Han}/u.test(character)))
  return [...new Set(tokens.filter((token) => token.length > 0))]
}

function tokenizerJson(vocabulary: readonly string[]): object {
  const id = (token: string): number => vocabulary.indexOf(token)
  const special = (token: string): object => ({ SpecialToken: { id: token, type_id: 0 } })
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specialTokens.map((token) => ({
      id: id(token), content: token, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true
    })),
    // handle_chinese_chars puts spaces around every CJK character: that is how BERT splits Chinese per character.
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
      pair: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]'), { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((token) => [token, { id: token, ids: [id(token)], tokens: [token] }]))
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, index) => [token, index]))
    }
  }
}

function floatTensor(name: string, dims: number[], values: Float32Array): OnnxNamespace.ITensorProto {
  // rawData is little-endian float32, which is what a Float32Array holds on every platform Electron ships for.
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength) }
}

function valueInfo(name: string, elementType: number, dims: (string | number)[]): OnnxNamespace.IValueInfoProto {
  const shape = { dim: dims.map((dim) => (typeof dim === 'string' ? { dimParam: dim } : { dimValue: dim })) }
  return { name, type: { tensorType: { elemType: elementType, shape } } }
}

/** FNV-1a of a token, so each row depends on its token and the seed only: adding words to the vocabulary leaves other rows alone. */
function tokenSeed(token: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed
  for (const unit of new TextEncoder().encode(token)) hash = Math.imul(hash ^ unit, 0x01000193)
  return hash >>> 0
}

function modelBytes(vocabulary: readonly string[], dimensions: number, seed: number): Uint8Array {
  const table = new Float32Array(vocabulary.length * dimensions)
  vocabulary.forEach((token, row) => {
    // [PAD] [UNK] [CLS] [SEP] [MASK] stay zero: [CLS] and [SEP] are in every text, and random rows there only add noise to every similarity.
    if (row < specialTokens.length) return
    const next = random(tokenSeed(token, seed))
    // Sum of two uniforms: a bell-shaped spread that keeps Tanh mostly out of saturation.
    for (let column = 0; column < dimensions; column++) table[row * dimensions + column] = next() + next() - 1
  })
  const next = random(seed)
  const bias = new Float32Array(dimensions)
  for (let index = 0; index < dimensions; index++) bias[index] = (next() * 2 - 1) * 0.1
  const int64 = onnx.TensorProto.DataType.INT64
  // transformers.js feeds only the inputs a session declares; declaring all three matches a real BERT export.
  const inputs = ['input_ids', 'attention_mask', 'token_type_ids'].map((name) => valueInfo(name, int64, ['batch_size', 'sequence_length']))
  const graph: OnnxNamespace.IGraphProto = {
    name: 'tiny-embedder',
    initializer: [floatTensor('embeddings.weight', [vocabulary.length, dimensions], table), floatTensor('embeddings.bias', [dimensions], bias)],
    node: [
      { opType: 'Gather', input: ['embeddings.weight', 'input_ids'], output: ['embedded'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      { opType: 'Add', input: ['embedded', 'embeddings.bias'], output: ['shifted'] },
      { opType: 'Tanh', input: ['shifted'], output: ['last_hidden_state'] }
    ],
    input: inputs,
    output: [valueInfo('last_hidden_state', onnx.TensorProto.DataType.FLOAT, ['batch_size', 'sequence_length', dimensions])]
  }
  const model = onnx.ModelProto.create({ irVersion: 8, producerName: 'cliniclab-tiny-onnx', opsetImport: [{ domain: '', version: 13 }], graph })
  return onnx.ModelProto.encode(model).finish()
}

/** Writes the tiny model folder (config, tokenizer, `onnx/model.onnx`) into `dir` and returns `dir`. */
export async function writeTinyOnnxEmbedder(dir: string, options: { dimensions?: number; seed?: number } = {}): Promise<string> {
  const dimensions = options.dimensions ?? 32
  const vocabulary = buildVocabulary()
  const config = {
    model_type: 'bert', architectures: ['BertModel'], hidden_size: dimensions, vocab_size: vocabulary.length,
    num_hidden_layers: 0, num_attention_heads: 1, intermediate_size: dimensions, max_position_embeddings: 512, type_vocab_size: 2, pad_token_id: 0
  }
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer', do_lower_case: true, tokenize_chinese_chars: true, model_max_length: 512,
    cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]', clean_up_tokenization_spaces: true
  }
  await mkdir(join(dir, 'onnx'), { recursive: true })
  await Promise.all([
    writeFile(join(dir, 'config.json'), JSON.stringify(config, null, 2)),
    writeFile(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocabulary))),
    writeFile(join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2)),
    writeFile(join(dir, 'onnx', 'model.onnx'), modelBytes(vocabulary, dimensions, options.seed ?? 20240611))
  ])
  return dir
}
