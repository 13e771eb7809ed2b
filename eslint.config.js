import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const electronOnlyHere = 'Only src-main/app/ and src-preload/ may import electron (STYLE.md habit 1).'

/**
 * Layering zones: folders are runtimes. The rules below are the checked form
 * of STYLE.md habit 1; src-main/app/layering.test.ts proves they fire.
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Everything outside the Electron shell and the preload: no electron.
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['src-main/app/**', 'src-preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyHere }],
          patterns: [{ group: ['electron/*'], message: electronOnlyHere }]
        }
      ]
    }
  },
  {
    // The core (not the shell) must not reach into the browser or preload code.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/app/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyHere }],
          patterns: [
            { group: ['electron/*'], message: electronOnlyHere },
            { group: ['**/src-renderer/**', '**/src-preload/**'], message: 'The core does not import renderer or preload code.' }
          ]
        }
      ]
    }
  },
  {
    // The renderer runs in a browser: types only from the contract, nothing else from main, no Node.
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyHere }],
          patterns: [
            { group: ['electron/*'], message: electronOnlyHere },
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' },
            {
              group: ['**/src-main/**', '!**/src-main/contract', '!**/src-main/contract/**'],
              message: 'The renderer talks to main only through the API client.'
            },
            { group: ['**/src-main/contract', '**/src-main/contract/**'], allowTypeImports: true, message: 'The renderer imports only types from the contract.' }
          ]
        }
      ]
    }
  },
  {
    // The preload only forwards a MessagePort: electron is allowed, the core is not.
    files: ['src-preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src-main/**', '**/src-renderer/**'], message: 'The preload forwards a port and nothing else.' }] }
      ]
    }
  }
)
