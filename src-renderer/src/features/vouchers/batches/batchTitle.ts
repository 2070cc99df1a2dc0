import type { z } from 'zod';
import type { batchSchema } from '@shared/ipc/schemas/vouchers';
import type { OfficeFormat } from '../../../i18n/format';

export type Batch = z.infer<typeof batchSchema>;

/** Batches have no name of their own: the plan and the moment they were made tell them apart at the desk. */
export function batchTitle(batch: Batch, format: OfficeFormat, importedLabel: string): string {
  return `${batch.planName ?? importedLabel} · ${format.instant(batch.createdAt)}`;
}
