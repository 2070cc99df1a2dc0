import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '@shared/ipc/schemas/customer-import';

/**
 * A row problem in the display language, from its stable code, field and reference ("Phone “call me”
 * is not valid: …"). Main's English message stays available as the cell's tooltip.
 */
export function useIssueText(): (issue: ImportIssue) => string {
  const { t } = useTranslation();
  return useCallback(
    (issue: ImportIssue) => {
      const fieldKey = issue.field ?? 'row';
      const field = t(`customerImport.fields.${fieldKey}`);
      const ref = issue.ref ?? '';
      if (issue.code !== 'invalid') return t(`customerImport.issues.${issue.code}`, { field, ref });
      const hint = t(`customerImport.hints.${fieldKey}`);
      return issue.ref === null ? t('customerImport.issues.invalidNoValue', { field, hint }) : t('customerImport.issues.invalid', { field, ref, hint });
    },
    [t],
  );
}
