import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RPCHandler } from '@orpc/server/message-port'
import { app, BrowserWindow, ipcMain, Menu, dialog } from 'electron'
import { errorInterceptors, router } from '../api/router'
import { createCore, type Core } from '../core/create-core'
import { findStarterKnowledge } from '../knowledge/bundled-knowledge'
import { findStarterPack } from '../cases/bundled-packs'
import { defaultDataDir, productName } from '../core/data-dir'
import { AppError } from '../core/errors'
import { buildMenu } from './menu'
import { registerPrintToPdf } from './print-pdf'
import { safeStorageCodec } from './safe-storage-codec'
import { registerRendererScheme, serveRenderer } from './renderer-protocol'
import { createMainWindow, preloadPath } from './window'

const mainDir = dirname(fileURLToPath(import.meta.url))
const devServerUrl = process.env.ELECTRON_RENDERER_URL

app.setName(productName)
registerRendererScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void start()
}

async function start(): Promise<void> {
  let window: BrowserWindow | null = null
  let core: Core
  await app.whenReady()
  try {
    core = createCore({ dataDir: defaultDataDir() }, {
      secretCodec: safeStorageCodec(),
      bundledPackDir: findStarterPack([join(process.resourcesPath, 'cases/starter'), join(app.getAppPath(), 'cases/starter')]),
      bundledKnowledgeDir: findStarterKnowledge([join(process.resourcesPath, 'knowledge/starter'), join(app.getAppPath(), 'knowledge/starter')])
    })
  } catch (error) {
    const message = error instanceof AppError ? `${error.code}\n\n${error.message}` : String(error)
    dialog.showErrorBox('ClinicLab could not start', message)
    app.exit(1)
    return
  }

  const rpc = new RPCHandler(router, { clientInterceptors: errorInterceptors })
  // The preload forwards one MessagePort per page load; each becomes an oRPC server end.
  ipcMain.on('cliniclab:orpc-port', (event) => {
    const [port] = event.ports
    if (!port || event.senderFrame?.url.startsWith(devServerUrl ?? 'app://cliniclab') !== true) return
    rpc.upgrade(port, { context: { core, door: 'electron', actor: 'desktop' } })
    port.start()
  })

  registerPrintToPdf(devServerUrl ?? 'app://cliniclab')
  if (!devServerUrl) serveRenderer(join(mainDir, '../renderer'))
  Menu.setApplicationMenu(buildMenu(core.settings.get().language, core.config.dataDir, Boolean(devServerUrl)))
  window = createMainWindow(preloadPath(mainDir), devServerUrl)

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => app.quit())

  // Quit waits for the whole lifetime tree (streams, database, log) to close.
  let quitting = false
  app.on('before-quit', (event) => {
    if (quitting) return
    event.preventDefault()
    quitting = true
    core.dispose().finally(() => app.exit(0))
  })
}
