/** What the Electron preload adds: the page saved as a PDF by the main process (printToPDF). */
interface ShellBridge {
  printToPdf(suggestedName: string): Promise<string | null>
}

declare global {
  interface Window {
    cliniclabShell?: ShellBridge
  }
}

/**
 * Saves the current page as a PDF: under Electron through printToPDF and a
 * save dialog; in a browser, the same page through the print dialog (where
 * "Save as PDF" is one of the printers). The print stylesheet applies to both.
 */
export async function exportPagePdf(suggestedName: string): Promise<void> {
  if (window.cliniclabShell) {
    await window.cliniclabShell.printToPdf(suggestedName)
    return
  }
  const previous = document.title
  // Browsers name the saved PDF after the document title.
  document.title = suggestedName.replace(/\.pdf$/i, '')
  window.print()
  document.title = previous
}
