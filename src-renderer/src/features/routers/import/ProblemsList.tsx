import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { ImportPreviewOutput } from '@shared/ipc/schemas/imports';

/** Rows the router holds that could not be read (skipped) or only partly (imported without the bad detail). */
export function ProblemsList({ problems }: { problems: ImportPreviewOutput['problems'] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert severity="warning" component="section" aria-label={t('imports.problemsTitle')}>
      <AlertTitle>{t('imports.problems', { count: problems.length })}</AlertTitle>
      <List dense disablePadding sx={{ maxHeight: 200, overflowY: 'auto' }}>
        {problems.map((problem, index) => (
          <ListItem key={`${problem.menu}:${problem.rowId ?? ''}:${index}`} disableGutters>
            <ListItemText
              primary={`${problem.name ?? problem.rowId ?? '?'} (${problem.menu}) — ${t(`imports.outcomes.${problem.outcome}`)}`}
              secondary={problem.reason}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
