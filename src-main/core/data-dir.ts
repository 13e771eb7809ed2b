import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const productName = 'ClinicLab'

/**
 * The user-data folder, the same one Electron's `app.getPath('userData')`
 * gives for this product name, so the desktop app, the host and the CLI
 * share one database unless told otherwise (`--data` or CLINICLAB_DATA).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CLINICLAB_DATA) return resolve(env.CLINICLAB_DATA)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName)
}
