import { createApiClient, type ApiClient, type Bridge } from '@shared/ipc/client';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    /** Installed by the Electron preload through contextBridge; absent in a plain browser. */
    mikrotikBilling?: Bridge;
  }
}

/** The one place that picks a transport; every feature only ever sees the typed client. */
export function createClient(): ApiClient {
  return createApiClient(window.mikrotikBilling ?? createWebBridge());
}
