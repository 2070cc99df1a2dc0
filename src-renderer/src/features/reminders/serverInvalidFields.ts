import { isApiError } from '../../api/errors';
import type { GatewayField } from './gatewayForm';

const FIELD_OF: Record<string, GatewayField> = { timeoutMs: 'timeoutSeconds' };

/** Fields named by a VALIDATION error's issues (rules across fields are checked in the main process). */
export function serverInvalidFields(error: unknown): GatewayField[] {
  if (!isApiError(error, 'VALIDATION')) return [];
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) return [];
  return details.issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null || !('path' in issue) || !Array.isArray(issue.path)) return [];
    const key = String(issue.path[0]);
    return [FIELD_OF[key] ?? (key as GatewayField)];
  });
}
