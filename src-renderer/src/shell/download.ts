/**
 * Files the core hands to the renderer (PDFs as base64, CSV text) are saved through the browser's
 * download (a Blob link): the same in Electron and in the web bridge, where main's folders are not
 * reachable from the browser.
 */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the click has handed the data to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

export function downloadPdf(fileName: string, base64: string): void {
  downloadBase64(fileName, base64, 'application/pdf');
}

export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}
