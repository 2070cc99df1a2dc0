import { ipcMain, type BrowserWindow } from 'electron';
import type { Core } from '../core/create-core';
import { isTrustedSender } from './security';

export const INVOKE_CHANNEL = 'mb:invoke';
export const EVENT_CHANNEL = 'mb:event';

/** The Electron transport: every window's calls go through the same registry as the web bridge. */
export function wireIpc(core: Core, rendererIndexUrl: string): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, envelope: unknown) => {
    const clientId = `win:${event.sender.id}`;
    const trusted = isTrustedSender(event.senderFrame, rendererIndexUrl) && typeof name === 'string';
    return core.registry.call({ clientId, trusted }, typeof name === 'string' ? name : '', envelope);
  });
}

/** Events for one window; its session ends when the window goes away. */
export function attachWindow(core: Core, window: BrowserWindow): void {
  const contents = window.webContents;
  const clientId = `win:${contents.id}`;
  core.events.attach(clientId, (event, payload) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
  });
  contents.once('destroyed', () => {
    core.events.detach(clientId);
    core.registry.disconnect(clientId);
  });
}
