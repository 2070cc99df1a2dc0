import { z } from 'zod';
import { epochMsSchema } from './common';

export const auditEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    at: epochMsSchema,
    operatorId: z.string().nullable(),
    operatorName: z.string().nullable(),
    workstationId: z.string(),
    procedure: z.string(),
    summary: z.string(),
    hash: z.string(),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListInput = z
  .object({
    text: z.string().max(200).optional(),
    procedure: z.string().max(64).optional(),
    operatorId: z.string().max(64).optional(),
    from: epochMsSchema.optional(),
    to: epochMsSchema.optional(),
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const auditListOutput = z
  .object({ entries: z.array(auditEntrySchema), hasMore: z.boolean() })
  .strict();

export const auditVerifyOutput = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().nonnegative(),
    firstBrokenSeq: z.number().int().positive().nullable(),
  })
  .strict();
