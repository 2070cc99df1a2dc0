import { z } from 'zod';
import { jobKindSchema, jobStatusSchema } from '../../domain/router-items';
import { epochMsSchema, idSchema } from './common';

export const jobSchema = z
  .object({
    id: idSchema,
    routerId: idSchema,
    seq: z.number().int(),
    kind: jobKindSchema,
    /** The job's payload with password values hidden. */
    payload: z.record(z.string(), z.unknown()),
    status: jobStatusSchema,
    attempts: z.number().int(),
    /** The router's message (trap text) or the connection error of the last attempt. */
    lastError: z.string().nullable(),
    nextAttemptAt: epochMsSchema,
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
    finishedAt: epochMsSchema.nullable(),
  })
  .strict();
export type JobInfo = z.infer<typeof jobSchema>;

export const jobListInput = z
  .object({
    routerId: idSchema.optional(),
    status: jobStatusSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(100),
    /** Paging: jobs created before this one (newest first). */
    beforeId: idSchema.optional(),
  })
  .strict();
export const jobListOutput = z.object({ jobs: z.array(jobSchema), hasMore: z.boolean() }).strict();
export const jobIdInput = z.object({ id: idSchema }).strict();
