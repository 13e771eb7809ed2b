// package.json is bundled into the build, so the version needs no file access at run time.
import packageJson from '../../package.json' with { type: 'json' }

export const appVersion: string = packageJson.version
