import type { Bridge } from '@shared/ipc/client';
import type { Result } from '@shared/ipc/result';
import { WEB_BRIDGE_PATH, type ServerMessage } from '@shared/ipc/web-wire';

/**
 * The browser side of the loopback bridge: the same `invoke`/`on` shape the Electron preload exposes,
 * carried over one WebSocket. The token travels in an HttpOnly cookie the server set when the page
 * was opened with `?token=`, so scripts never see it.
 */
export function createWebBridge(url = defaultUrl()): Bridge {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: Promise<WebSocket> | null = null;

  const failAll = (message: string): void => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
    pending.clear();
  };

  const connect = (): Promise<WebSocket> => {
    socket ??= new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new Error('cannot reach the app (web bridge refused the connection)'));
      ws.onclose = () => {
        socket = null;
        failAll('connection to the app was closed');
        for (const listener of listeners.get('bridge.closed') ?? []) listener(null);
      };
      ws.onmessage = (message) => handle(JSON.parse(String(message.data)) as ServerMessage);
    });
    return socket;
  };

  const handle = (message: ServerMessage): void => {
    if (message.type === 'result') {
      pending.get(message.id)?.(message.result as Result<unknown>);
      pending.delete(message.id);
    } else {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  };

  return {
    async invoke(name, envelope) {
      let ws: WebSocket;
      try {
        ws = await connect();
      } catch (error) {
        socket = null;
        return { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ type: 'call', id, name, envelope }));
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      void connect().catch(() => undefined);
      return () => set.delete(listener);
    },
  };
}

function defaultUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${WEB_BRIDGE_PATH}`;
}
