import { join } from 'node:path'
import { BrowserWindow, session, shell } from 'electron'
import { rendererOrigin } from './renderer-protocol'

/** The one window: sandboxed, isolated, no Node, and unable to navigate away or open others. */
export function createMainWindow(preloadFile: string, devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'ClinicLab',
    webPreferences: {
      preload: preloadFile,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())

  const allowedOrigin = devServerUrl ? new URL(devServerUrl).origin : rendererOrigin
  window.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== allowedOrigin) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))

  // The query parameter tells the renderer to talk over a MessagePort.
  const entry = devServerUrl ? new URL('index.html', devServerUrl) : new URL(`${rendererOrigin}/index.html`)
  entry.searchParams.set('transport', 'message-port')
  void window.loadURL(entry.toString())
  return window
}

export function openFolder(path: string): void {
  void shell.openPath(path)
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
