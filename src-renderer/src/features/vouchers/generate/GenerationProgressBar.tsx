import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { GenerationProgress } from '@shared/ipc/schemas/vouchers';
import { useOfficeFormat } from '../../../shell/SessionContext';

/** The worker's progress from `vouchers.progress`: phase in words, done of total. */
export function GenerationProgressBar({ progress }: { progress: GenerationProgress | null }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const determinate = progress !== null && progress.total > 0;
  const value = determinate ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : undefined;
  const phase = t(`vouchers.generate.phases.${progress?.phase ?? 'preparing'}`);
  return (
    <Box>
      <LinearProgress aria-label={t('vouchers.generate.progressLabel')} variant={determinate ? 'determinate' : 'indeterminate'} value={value} />
      <Typography variant="body2" sx={{ mt: 0.5 }} aria-live="polite">
        {progress && progress.total > 0
          ? t('vouchers.generate.progressText', { phase, done: format.count(progress.done), total: format.count(progress.total) })
          : phase}
      </Typography>
    </Box>
  );
}
