/** Hands a file to the browser's (or Electron's) download flow. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // Revoked on the next tick: some engines start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
