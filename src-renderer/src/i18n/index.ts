import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import id from './id';

export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'mb.uiLanguage';

function isUiLanguage(value: string | null): value is UiLanguage {
  return value !== null && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The operator's last choice on this computer, else the browser's language, else English. */
function initialLanguage(): UiLanguage {
  const stored = readStorage();
  if (isUiLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function currentUiLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'en';
}

export function setUiLanguage(language: UiLanguage): void {
  void i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full disk: the choice simply does not persist.
  }
}

export function initI18n(): typeof i18n {
  const lng = initialLanguage();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18n;
}
