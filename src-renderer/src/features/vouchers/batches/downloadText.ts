/** Saves text as a file through the browser's download (a Blob link): works the same in Electron and the web bridge. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has handed the data to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
