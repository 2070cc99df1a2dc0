import type { Translation } from './en';

/**
 * Which language the desk shows, and its strings loaded on demand. No i18next here: the entry imports this
 * to start loading the one language it needs while the UI's code downloads (each language is its own chunk,
 * and an office uses one of them nearly always).
 */
export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'mb.uiLanguage';

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return value !== null && value !== undefined && (UI_LANGUAGES as readonly string[]).includes(value);
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The operator's last choice on this computer, else the browser's language, else English. */
export function initialLanguage(): UiLanguage {
  const stored = readStorage();
  if (isUiLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

const LOADERS: Record<UiLanguage, () => Promise<{ default: Translation }>> = {
  en: () => import('./en'),
  id: () => import('./id'),
};

export async function loadLanguage(language: UiLanguage): Promise<Translation> {
  return (await LOADERS[language]()).default;
}
