import { BrowserWindow } from 'electron';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Shown when the core cannot start (a failed database upgrade): says what happened and what to do. */
export function showStartupError(title: string, detail: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 720,
    height: 420,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false },
  });
  const html = `<!doctype html><meta charset="utf-8"><title>Mikrotik Billing</title>
<body style="font-family:sans-serif;padding:24px"><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p><p>Close this window. Your data was not changed; contact support with this message.</p></body>`;
  void window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
  return window;
}
