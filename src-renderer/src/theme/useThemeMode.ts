import { createContext, useContext } from 'react';
import type { ThemeMode } from './createAppTheme';

export interface ThemeModeApi {
  mode: ThemeMode;
  toggle(): void;
}

export const ThemeModeContext = createContext<ThemeModeApi | null>(null);

export function useThemeMode(): ThemeModeApi {
  const api = useContext(ThemeModeContext);
  if (!api) throw new Error('useThemeMode must be used inside <ThemeModeProvider>');
  return api;
}
