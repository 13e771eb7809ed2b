import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pino, type Logger } from 'pino'
import { createStream } from 'rotating-file-stream'
import type { AsyncDisposableLike } from './disposable'

export type { Logger }

export interface LoggerOptions {
  logDir: string
  level: string
  /** Rotate when the file reaches this size, e.g. "10M". */
  maxSize: string
  maxFiles: number
  /** Also echo to stderr (the CLI and the host). */
  echo: boolean
}

export interface OwnedLogger extends AsyncDisposableLike {
  logger: Logger
  file: string
}

/** A JSON-lines logger writing a rotating file `cliniclab.log` in the data folder. */
export function createLogger(options: LoggerOptions): OwnedLogger {
  mkdirSync(options.logDir, { recursive: true })
  const stream = createStream('cliniclab.log', {
    path: options.logDir,
    size: options.maxSize,
    maxFiles: options.maxFiles
  })
  const streams: pino.StreamEntry[] = [{ stream, level: options.level as pino.Level }]
  if (options.echo) streams.push({ stream: pino.destination(2), level: 'warn' })
  const logger = pino({ level: options.level, base: undefined }, pino.multistream(streams))
  return {
    logger,
    file: join(options.logDir, 'cliniclab.log'),
    dispose: () =>
      new Promise<void>((resolve) => {
        logger.flush()
        stream.end(() => resolve())
      })
  }
}
