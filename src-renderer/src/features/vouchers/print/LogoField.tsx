import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { logoPngBase64Schema } from '@shared/ipc/schemas/voucher-print';

/** The schema's limit: 256 KiB decoded, embedded once per PDF. */
const MAX_LOGO_BYTES = 256 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small for a 256 KiB file.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

/** A PNG logo read in the window (never a path), size- and type-checked before it reaches the template. */
export function LogoField({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<'size' | 'type' | null>(null);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setProblem('size');
      return;
    }
    void file.arrayBuffer().then((buffer) => {
      const base64 = toBase64(new Uint8Array(buffer));
      if (!logoPngBase64Schema.safeParse(base64).success) {
        setProblem('type');
        return;
      }
      setProblem(null);
      onChange(base64);
    });
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {value && <Box component="img" src={`data:image/png;base64,${value}`} alt={t('vouchers.print.editor.logoAlt')} sx={{ height: 40, maxWidth: 120, objectFit: 'contain' }} />}
        <Button component="label" size="small" variant="outlined">
          {value ? t('vouchers.print.editor.logoReplace') : t('vouchers.print.editor.logoUpload')}
          <input type="file" accept="image/png" hidden onChange={pick} aria-label={t('vouchers.print.editor.logoUpload')} />
        </Button>
        {value && (
          <Button size="small" onClick={() => onChange(null)}>
            {t('vouchers.print.editor.logoRemove')}
          </Button>
        )}
      </Stack>
      {problem && <Alert severity="error">{t(problem === 'size' ? 'vouchers.print.editor.logoTooBig' : 'vouchers.print.editor.logoNotPng')}</Alert>}
    </Stack>
  );
}
