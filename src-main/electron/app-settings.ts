import Store from 'electron-store';

/** Desktop-only settings kept outside the db (the db's own location lives here). */
export interface AppSettings {
  dataDir: string | null;
  lastOperator: string | null;
  window: { width: number; height: number; x?: number; y?: number; maximized: boolean };
}

export function openAppSettings(): Store<AppSettings> {
  return new Store<AppSettings>({
    name: 'app-settings',
    defaults: { dataDir: null, lastOperator: null, window: { width: 1366, height: 768, maximized: false } },
  });
}
