import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  at: number;
  operatorId: string | null;
  operatorName: string | null;
  workstationId: string;
  procedure: string;
  summary: string;
  details: string | null;
}

/** Hash of one entry over its fields and the previous entry's hash (a JSON array keeps field order fixed). */
export function entryHash(prevHash: string, fields: ChainedFields): string {
  const material = JSON.stringify([
    prevHash,
    fields.seq,
    fields.at,
    fields.operatorId,
    fields.operatorName,
    fields.workstationId,
    fields.procedure,
    fields.summary,
    fields.details,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
