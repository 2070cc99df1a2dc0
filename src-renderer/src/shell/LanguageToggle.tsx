import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import TranslateIcon from '@mui/icons-material/Translate';
import { setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n';

function asUiLanguage(code: string): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(code) ? (code as UiLanguage) : 'en';
}

/**
 * Switches the display language; the button is named in the language it switches to. Its hint is the
 * browser's own (`title`): see ThemeToggle.
 */
export function LanguageToggle() {
  const { t } = useTranslation();
  const target = asUiLanguage(t('language.otherCode'));
  return (
    <Button color="inherit" lang={target} title={t('language.tooltip')} startIcon={<TranslateIcon />} onClick={() => void setUiLanguage(target)}>
      {t('language.otherName')}
    </Button>
  );
}
