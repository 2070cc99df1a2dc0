import type Store from 'electron-store';
import type { DesktopPreferences } from '../core/preferences';
import type { AppSettings } from './app-settings';

/** The core's desktop preferences, kept in electron-store next to window state and the data folder. */
export function electronPreferences(store: Store<AppSettings>): DesktopPreferences {
  return {
    lastOperator: () => store.get('lastOperator'),
    setLastOperator: (username) => store.set('lastOperator', username),
  };
}
