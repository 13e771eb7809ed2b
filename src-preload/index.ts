// The whole preload: hand the renderer's MessagePort to the main process.
// Nothing is exposed on `window`; all traffic is oRPC over that port.
import { ipcRenderer } from 'electron'

window.addEventListener('message', (event) => {
  if (event.source !== window || event.data !== 'cliniclab:orpc-port') return
  const [port] = event.ports
  if (port) ipcRenderer.postMessage('cliniclab:orpc-port', null, [port])
})
