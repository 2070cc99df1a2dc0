import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Kept in step with ipc.ts; a sandboxed preload cannot import app modules.
const INVOKE_CHANNEL = 'mb:invoke';
const EVENT_CHANNEL = 'mb:event';
const CHOOSE_FILE_CHANNEL = 'mb:choose-file';

/** The renderer gets exactly these functions; no Node, no ipcRenderer, no channels of its own choosing. */
contextBridge.exposeInMainWorld('mikrotikBilling', {
  invoke: (name: string, envelope: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, name, envelope),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, name: string, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});

/** The system's file chooser for the whole-database export and import (file-dialog.ts); it only returns a path. */
contextBridge.exposeInMainWorld('mikrotikBillingFiles', {
  chooseFile: (purpose: string): Promise<string | null> => ipcRenderer.invoke(CHOOSE_FILE_CHANNEL, purpose) as Promise<string | null>,
});
