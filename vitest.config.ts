import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts'],
    environment: 'node',
    // Verbose, so a skipped test's reason (it is in its name) shows in CI output.
    reporters: ['verbose'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: the spawned-process tests are heavy enough without more forks.
    maxWorkers: 2
  }
})
