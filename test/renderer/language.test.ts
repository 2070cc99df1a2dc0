import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../src-renderer/src/i18n/en';
import { currentUiLanguage, initI18n, setUiLanguage } from '../../src-renderer/src/i18n';
import { initialLanguage, LANGUAGE_STORAGE_KEY, loadLanguage } from '../../src-renderer/src/i18n/language';

// The desk loads only the language it shows (P4); the other one is loaded when the operator switches.

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function stubBrowser(browserLanguage: string, stored: Record<string, string> = {}): { storage: Storage; root: { lang: string } } {
  const storage = memoryStorage(stored);
  const root = { lang: '' };
  vi.stubGlobal('window', { localStorage: storage });
  vi.stubGlobal('navigator', { language: browserLanguage });
  vi.stubGlobal('document', { documentElement: root });
  return { storage, root };
}

/** Every key path of a strings object, for comparing the shape of two languages. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the language the desk starts in', () => {
  it('is the operator’s last choice on this computer', () => {
    stubBrowser('en-US', { [LANGUAGE_STORAGE_KEY]: 'id' });
    expect(initialLanguage()).toBe('id');
  });

  it('is the browser’s language when nothing was chosen, English unless it is Indonesian', () => {
    stubBrowser('id-ID');
    expect(initialLanguage()).toBe('id');
    stubBrowser('fr-FR', { [LANGUAGE_STORAGE_KEY]: 'xx' });
    expect(initialLanguage()).toBe('en');
  });

  it('loads each language as its own module, with every key English has', async () => {
    const id = await loadLanguage('id');
    expect(id.language.otherCode).toBe('en');
    expect(keyPaths(id).sort()).toEqual(keyPaths(en).sort());
  });
});

describe('switching language', () => {
  it('starts on the one language loaded, then loads the other on the first switch and remembers it', async () => {
    const { storage, root } = stubBrowser('en-US');
    const i18n = initI18n('en', await loadLanguage('en'));
    expect(root.lang).toBe('en');
    expect(i18n.hasResourceBundle('id', 'translation')).toBe(false);
    expect(i18n.t('language.tooltip')).toBe('Change the display language');

    await setUiLanguage('id');
    expect(currentUiLanguage()).toBe('id');
    expect(i18n.t('language.tooltip')).toBe('Ganti bahasa tampilan');
    expect(root.lang).toBe('id');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('id');

    await setUiLanguage('en');
    expect(i18n.t('language.tooltip')).toBe('Change the display language');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
