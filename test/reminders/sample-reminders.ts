import { onCleanup, type Harness } from '../support/core-harness';
import { reminderOutbox } from '../../src-main/db/schema';
import { newId } from '../../src-shared/domain/ids';
import { startGatewayServer } from './gateway-server';

export interface SampleReminders {
  gatewayUrl: string;
  /** A failed message (retry). */
  failedId: string;
  /** A queued message (cancel). */
  queuedId: string;
}

/**
 * A local gateway saved in the settings (reminders left off, so no sample call sets the dispatcher
 * sending behind the matrix's back), plus one failed and one queued message of the sample customer.
 */
export async function sampleReminders(h: Harness, customerId: string): Promise<SampleReminders> {
  const gateway = await startGatewayServer();
  onCleanup(() => gateway.close());
  await h.must('owner', 'reminders.settings.save', { url: gateway.url, enabled: false });
  const now = h.clock.now();
  const row = (status: 'failed' | 'queued', key: string) => ({
    id: newId(),
    customerId,
    kind: 'overdue' as const,
    channel: 'whatsapp' as const,
    dedupeKey: key,
    recipient: '628123456789',
    body: 'Sample reminder',
    status,
    attempts: status === 'failed' ? 8 : 0,
    nextAttemptAt: now,
    lastError: status === 'failed' ? 'HTTP 503: busy' : null,
    createdAt: now,
    updatedAt: now,
  });
  const failed = row('failed', 'sample:failed');
  const queued = row('queued', 'sample:queued');
  h.core.services.db.insert(reminderOutbox).values([failed, queued]).run();
  return { gatewayUrl: gateway.url, failedId: failed.id, queuedId: queued.id };
}
