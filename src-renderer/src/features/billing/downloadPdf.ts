/**
 * Offers a PDF that main sent as base64 as a browser download (a Blob link), the same way in Electron
 * and in the web bridge, where main's prints/ folder is not reachable from the browser.
 */
export function downloadPdf(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the click has handed the data to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
