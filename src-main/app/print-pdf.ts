import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { BrowserWindow, dialog, ipcMain } from 'electron'

/**
 * The renderer's "Export PDF": the page as it prints (its print stylesheet,
 * backgrounds on, A4), saved where the user chooses. Returns the path, or
 * null when the dialog is cancelled.
 */
export function registerPrintToPdf(trustedOrigin: string): void {
  ipcMain.handle('cliniclab:print-pdf', async (event, suggestedName: unknown) => {
    if (event.senderFrame?.url.startsWith(trustedOrigin) !== true) throw new Error('print-pdf refused: not the app page')
    const window = BrowserWindow.fromWebContents(event.sender)
    const name = typeof suggestedName === 'string' && suggestedName.endsWith('.pdf') ? basename(suggestedName) : 'cliniclab-report.pdf'
    const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' })
    const options = { defaultPath: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] }
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return null
    await writeFile(choice.filePath, pdf)
    return choice.filePath
  })
}
