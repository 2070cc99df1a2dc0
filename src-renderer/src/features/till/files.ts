/** Receipts and Z-reports arrive as base64 PDFs; these hand them to the browser's download or print. */

function pdfBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}

/** Saves the PDF through a Blob link: works the same in Electron and the web bridge. */
export function downloadPdf(fileName: string, base64: string): void {
  const url = URL.createObjectURL(pdfBlob(base64));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the click has handed the data to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const PRINT_FRAME_LIFETIME_MS = 120_000;

/**
 * Opens the system print dialog for the PDF: Chromium's PDF viewer in a hidden frame prints it at its
 * own page size (58/80 mm rolls print as one long page). The frame is removed after a while.
 */
export function printPdf(base64: string): void {
  const url = URL.createObjectURL(pdfBlob(base64));
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  };
  frame.src = url;
  document.body.appendChild(frame);
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, PRINT_FRAME_LIFETIME_MS);
}
