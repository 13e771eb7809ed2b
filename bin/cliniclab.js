#!/usr/bin/env node
// The `cliniclab` command: checks the Node version, then runs the built CLI.
import { existsSync } from 'node:fs'

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  process.stderr.write(
    `cliniclab: needs Node 22 or newer (this is ${process.version}). ` +
      'Run it through npm (`npx cliniclab …` or `npm run serve`), which uses the Node 22 the project pins.\n'
  )
  process.exit(1)
}
const entry = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('cliniclab: not built yet: run `npm run build` (npm ci does it for you).\n')
  process.exit(1)
}
await import(entry.href)
