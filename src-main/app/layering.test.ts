import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message)
}

// The lint zones are the checked form of "folders are runtimes"; these prove they fire.
describe('layering zones', () => {
  const electronImport = "import { app } from 'electron'\nexport const name = app.name\n"

  it.each(['src-main/core/anything.ts', 'src-main/host/anything.ts', 'src-main/cli/anything.ts', 'src-renderer/src/Anything.tsx'])(
    'refuses electron in %s',
    async (file) => {
      expect(await restrictedImports(electronImport, file)).toEqual([expect.stringContaining('Only src-main/app/ and src-preload/ may import electron')])
    }
  )

  it.each(['src-main/app/anything.ts', 'src-preload/anything.ts'])('allows electron in %s', async (file) => {
    expect(await restrictedImports(electronImport, file)).toEqual([])
  })

  it('lets the renderer import types, and only types, from the contract', async () => {
    const file = 'src-renderer/src/api/anything.ts'
    expect(await restrictedImports("import type { ApiClient } from '../../../src-main/contract'\nexport type A = ApiClient\n", file)).toEqual([])
    expect(await restrictedImports("import { contract } from '../../../src-main/contract'\nexport const c = contract\n", file)).toHaveLength(1)
    expect(await restrictedImports("import { Store } from '../../../src-main/store/store'\nexport const s = Store\n", file)).toHaveLength(1)
    expect(await restrictedImports("import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n", file)).toHaveLength(1)
  })

  it('keeps the preload away from the core', async () => {
    expect(await restrictedImports("import { createCore } from '../src-main/core/create-core'\nexport const c = createCore\n", 'src-preload/anything.ts')).toHaveLength(1)
  })
})
