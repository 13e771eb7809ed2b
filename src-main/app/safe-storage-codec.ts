import { safeStorage } from 'electron'
import type { SecretCodec } from '../engines/secret-store'

/**
 * Electron's safeStorage as the secret store's codec, when the system offers
 * real encryption. On Linux without a keyring it would fall back to a fixed
 * key ("basic_text"), which protects nothing: then null, and the file mode
 * alone protects the keys, as in the headless host.
 */
export function safeStorageCodec(): SecretCodec | null {
  if (!safeStorage.isEncryptionAvailable()) return null
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null
  return {
    scheme: `electron-safe-storage:${process.platform}`,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed)
  }
}
