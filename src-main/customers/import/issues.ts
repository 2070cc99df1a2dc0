import type { z } from 'zod';
import type { ImportField, ImportIssue, ImportIssueCode } from '../../../src-shared/ipc/schemas/customer-import';

export function issue(field: ImportField | null, code: ImportIssueCode, message: string, ref: string | null = null): ImportIssue {
  return { field, code, message, ref };
}

/**
 * A zod failure of one of the app's own input schemas as row problems: the path's first key names the
 * field (mapped to the import's field names), the schema's message says what is wrong. One problem per
 * field is enough to fix the cell.
 */
export function zodIssues(error: z.ZodError, fieldOf: (key: string) => ImportField, valueAt: (path: readonly PropertyKey[]) => string | null): ImportIssue[] {
  const seen = new Set<ImportField>();
  const issues: ImportIssue[] = [];
  for (const problem of error.issues) {
    const field = fieldOf(String(problem.path[0] ?? ''));
    if (seen.has(field)) continue;
    seen.add(field);
    const value = valueAt(problem.path);
    issues.push(issue(field, 'invalid', value === null ? problem.message : `${value}: ${problem.message}`, value));
  }
  return issues;
}
