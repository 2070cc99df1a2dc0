import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Kept in step with ipc.ts; a sandboxed preload cannot import app modules.
const INVOKE_CHANNEL = 'mb:invoke';
const EVENT_CHANNEL = 'mb:event';

/** The renderer gets exactly two functions; no Node, no ipcRenderer, no channels of its own choosing. */
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
