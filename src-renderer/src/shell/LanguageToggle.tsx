import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import TranslateIcon from '@mui/icons-material/Translate';
import { setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n';

function asUiLanguage(code: string): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(code) ? (code as UiLanguage) : 'en';
}

/** Switches the display language; the button is named in the language it switches to. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const target = asUiLanguage(t('language.otherCode'));
  return (
    <Tooltip title={t('language.tooltip')} describeChild>
      <Button color="inherit" lang={target} startIcon={<TranslateIcon />} onClick={() => setUiLanguage(target)}>
        {t('language.otherName')}
      </Button>
    </Tooltip>
  );
}
