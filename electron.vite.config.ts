import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Entry points are named explicitly: the Electron shell and the CLI share one
// main build (and its chunks); nothing in the CLI entry imports `electron`.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src-main/app/main.ts'),
          cli: resolve('src-main/cli/main.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src-preload/index.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src-renderer'),
    build: {
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } }
    },
    plugins: [react()]
  }
})
