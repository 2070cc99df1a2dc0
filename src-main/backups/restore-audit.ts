import type { Services } from '../core/services';
import type { RestoreRecord } from './swap';

/**
 * The restored database did not exist when the restore was asked for: its audit trail gets the entry
 * now, at the first start on it, in the name of the operator who asked.
 */
export function auditRestore(services: Services, record: RestoreRecord): void {
  const actor = { operatorId: record.operatorId, operatorName: record.operatorName };
  services.transaction(() =>
    services.audit.append(
      actor,
      { procedure: 'backups.restore', summary: `restored ${record.source}`, details: { source: record.source, safetyCopy: record.safetyCopy, requestedAt: record.requestedAt } },
      services.clock.now(),
    ),
  );
  services.logger.info('database restored from a backup', { source: record.source, safetyCopy: record.safetyCopy });
}
