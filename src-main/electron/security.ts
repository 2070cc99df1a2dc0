import { session, type BrowserWindow, type WebFrameMain } from 'electron';

/** Only our own renderer (loaded from the app's files) may call the registry. */
export function isTrustedSender(frame: WebFrameMain | null, rendererIndexUrl: string): boolean {
  if (!frame) return false;
  const base = rendererIndexUrl.slice(0, rendererIndexUrl.lastIndexOf('/') + 1);
  return frame.url.startsWith(base);
}

/** No navigation away from the app, no new windows, no permissions (camera, notifications...). */
export function lockDownWindow(window: BrowserWindow, rendererIndexUrl: string): void {
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== rendererIndexUrl) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
