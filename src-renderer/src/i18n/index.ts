import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Translation } from './en';
import { isUiLanguage, LANGUAGE_STORAGE_KEY, loadLanguage, UI_LANGUAGES, type UiLanguage } from './language';

export { UI_LANGUAGES, type UiLanguage } from './language';

export function currentUiLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'en';
}

/** Switches the language, loading its strings first the first time (each language is its own chunk). */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await loadLanguage(language));
  await i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or a full disk: the choice simply does not persist.
  }
}

/**
 * Starts i18next on the one language already loaded. Every language has every key (the compiler checks
 * id.ts against en.ts), so there is no fallback to load.
 */
export function initI18n(language: UiLanguage, strings: Translation): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: { [language]: { translation: strings } },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  i18n.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  return i18n;
}
