import { type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { downloadText } from '../../../shell/download';
import { templateCsv } from './template';

export interface ChosenFile {
  name: string;
  text: string;
}

interface ImportFileStepProps {
  fileName: string | null;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** What a file holds, the file button and the template download; the text is read in the window. */
export function ImportFileStep({ fileName, disabled, onFile }: ImportFileStepProps) {
  const { t } = useTranslation();
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same (fixed) file again reads it again.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2">{t('customerImport.intro')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('customerImport.formats')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component="label" variant={fileName ? 'outlined' : 'contained'} startIcon={<UploadFileIcon />} disabled={disabled}>
          {fileName ? t('customerImport.chooseAnother') : t('customerImport.choose')}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" hidden onChange={pick} aria-label={t('customerImport.choose')} disabled={disabled} />
        </Button>
        <Button startIcon={<DownloadIcon />} onClick={() => downloadText(t('customerImport.templateFile'), templateCsv(), 'text/csv;charset=utf-8')}>
          {t('customerImport.template')}
        </Button>
        {fileName && (
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {t('customerImport.file', { name: fileName })}
          </Typography>
        )}
      </Stack>
    </Stack>
  );
}
