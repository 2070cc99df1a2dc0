import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FilePurpose } from '@shared/desktop-files';
import { desktopFiles } from '../../bridge/desktopFiles';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useExportBackup } from './api';
import { ImportDialog } from './ImportDialog';

/** "Browse…" next to a path field, in the desktop app only (the system's file chooser fills the field). */
function BrowseButton({ purpose, onChosen }: { purpose: FilePurpose; onChosen: (path: string) => void }) {
  const { t } = useTranslation();
  const files = desktopFiles();
  if (!files) return null;
  const browse = async (): Promise<void> => {
    const chosen = await files.chooseFile(purpose);
    if (chosen) onChosen(chosen);
  };
  return (
    <Button variant="text" onClick={() => void browse()}>
      {t(purpose === 'export-database' ? 'backups.move.browseExport' : 'backups.move.browseImport')}
    </Button>
  );
}

/**
 * Owner only: export all data to one file, or import such a file (moving to a new PC). In the desktop app a
 * file chooser fills the path; in a browser it is typed in full.
 */
export function MovePanel() {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useOfficeFormat();
  const exportFile = useExportBackup();
  const [exportPath, setExportPath] = useState('');
  const [importPath, setImportPath] = useState('');
  const [importing, setImporting] = useState(false);

  const runExport = () =>
    exportFile.mutate(exportPath.trim(), {
      onSuccess: (result) => notify(t('backups.move.exported', { file: result.file, size: format.bytes(result.sizeBytes) })),
    });

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Typography variant="h2">{t('backups.move.title')}</Typography>
        <Typography>{t('backups.move.explain')}</Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <TextField label={t('backups.move.exportPath')} value={exportPath} onChange={(event) => setExportPath(event.target.value)} sx={{ flexGrow: 1 }} />
          <BrowseButton purpose="export-database" onChosen={setExportPath} />
          <Button variant="outlined" onClick={runExport} disabled={exportFile.isPending || exportPath.trim() === ''}>
            {t('backups.move.export')}
          </Button>
        </Stack>
        <ErrorAlert error={exportFile.error} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <TextField label={t('backups.move.importPath')} value={importPath} onChange={(event) => setImportPath(event.target.value)} sx={{ flexGrow: 1 }} />
          <BrowseButton purpose="import-database" onChosen={setImportPath} />
          <Button variant="outlined" color="error" onClick={() => setImporting(true)} disabled={importPath.trim() === ''}>
            {t('backups.move.import')}
          </Button>
        </Stack>
      </Stack>
      {importing && <ImportDialog path={importPath.trim()} onClose={() => setImporting(false)} />}
    </Paper>
  );
}
