// The whole preload: hand the renderer's MessagePort to the main process, and
// one shell service oRPC cannot do from the core: printing the page to PDF.
// All other traffic is oRPC over that port.
import { contextBridge, ipcRenderer } from 'electron'

window.addEventListener('message', (event) => {
  if (event.source !== window || event.data !== 'cliniclab:orpc-port') return
  const [port] = event.ports
  if (port) ipcRenderer.postMessage('cliniclab:orpc-port', null, [port])
})

contextBridge.exposeInMainWorld('cliniclabShell', {
  printToPdf: (suggestedName: string): Promise<string | null> => ipcRenderer.invoke('cliniclab:print-pdf', suggestedName) as Promise<string | null>
})
