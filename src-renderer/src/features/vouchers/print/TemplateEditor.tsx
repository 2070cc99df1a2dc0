import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { templateSettingsSchema, type PrintTemplate, type TemplateSettings } from '@shared/ipc/schemas/voucher-print';
import { useSaveTemplate } from '../../../api/voucherPrint';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { canCall } from '../../../shell/permissions';
import { useSession } from '../../../shell/SessionContext';
import { FieldToggles } from './FieldToggles';
import { LivePreview } from './LivePreview';
import { LogoField } from './LogoField';
import { SheetFields } from './SheetFields';
import { StyleFields } from './StyleFields';
import type { TemplateCatalogue } from './templateChoice';
import { TextFields } from './TextFields';

interface TemplateEditorProps {
  settings: TemplateSettings;
  /** The saved template being edited; saving under the same name updates it. */
  template: PrintTemplate | null;
  catalogue: TemplateCatalogue;
  batchId: string | null;
  /** Hands the edited settings back to the print dialog (and the template, when saved). */
  onApply: (settings: TemplateSettings, saved: PrintTemplate | null) => void;
  onClose: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="h3" sx={{ fontSize: 14, fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The card designer: every change re-lays the card out in the preview beside the form. */
export function TemplateEditor({ settings: initial, template, catalogue, batchId, onApply, onClose }: TemplateEditorProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const titleId = useId();
  const save = useSaveTemplate();
  const [settings, setSettings] = useState<TemplateSettings>(initial);
  const [name, setName] = useState(template?.name ?? '');
  const valid = templateSettingsSchema.safeParse(settings).success;
  const gridDefault = catalogue.defaults.grid.sheet;
  const thermalDefault = catalogue.defaults.thermal58.sheet;
  const maySave = canCall(role, 'vouchers.print.templates.save');

  const saveTemplate = () => {
    const trimmed = name.trim();
    if (!valid || trimmed === '') return;
    const id = template && template.name === trimmed ? { id: template.id } : {};
    save.mutate({ ...id, name: trimmed, settings }, { onSuccess: (saved) => onApply(saved.settings, saved) });
  };

  return (
    <Dialog open onClose={save.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{t('vouchers.print.editor.title')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, gap: 3, pt: 1 }}>
          <Stack spacing={2}>
            <Section title={t('vouchers.print.editor.sheetTitle')}>
              {gridDefault.kind === 'grid' && thermalDefault.kind === 'thermal' && (
                <SheetFields sheet={settings.sheet} gridDefault={gridDefault} thermalDefault={thermalDefault} onChange={(sheet) => setSettings({ ...settings, sheet })} />
              )}
            </Section>
            <Section title={t('vouchers.print.editor.fieldsTitle')}>
              <FieldToggles fields={settings.fields} onChange={(fields) => setSettings({ ...settings, fields })} />
            </Section>
            <Section title={t('vouchers.print.editor.styleTitle')}>
              <StyleFields settings={settings} onChange={setSettings} />
            </Section>
            <Section title={t('vouchers.print.editor.textTitle')}>
              <TextFields settings={settings} onChange={setSettings} />
            </Section>
            <Section title={t('vouchers.print.editor.logoTitle')}>
              <LogoField value={settings.logoPngBase64} onChange={(logoPngBase64) => setSettings({ ...settings, logoPngBase64 })} />
            </Section>
          </Stack>
          <Box sx={{ position: { md: 'sticky' }, top: 0, alignSelf: 'start' }}>
            <LivePreview settings={settings} batchId={batchId} />
          </Box>
        </Box>
        <ErrorAlert error={save.error} messages={{ CONFLICT: t('vouchers.print.editor.nameTaken') }} />
      </DialogContent>
      <DialogActions sx={{ gap: 1 }}>
        {maySave && (
          <TextField size="small" label={t('vouchers.print.editor.name')} value={name} onChange={(event) => setName(event.target.value)} slotProps={{ htmlInput: { maxLength: 60 } }} />
        )}
        {maySave && (
          <Button onClick={saveTemplate} disabled={!valid || name.trim() === '' || save.isPending}>
            {t('vouchers.print.editor.save')}
          </Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={onClose} disabled={save.isPending}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" onClick={() => onApply(settings, null)} disabled={!valid || save.isPending}>
          {t('vouchers.print.editor.use')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
