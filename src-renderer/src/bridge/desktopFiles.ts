import type { DesktopFiles } from '@shared/desktop-files';

declare global {
  interface Window {
    /** Installed by the Electron preload; absent in a plain browser, where paths are typed. */
    mikrotikBillingFiles?: DesktopFiles;
  }
}

/** The system's file chooser when the desk runs in the desktop app, else null. */
export function desktopFiles(): DesktopFiles | null {
  return typeof window === 'undefined' ? null : (window.mikrotikBillingFiles ?? null);
}
