import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';
import { routerItemNameSchema } from '../../domain/router-items';
import { VOUCHER_CHARSET_NAMES, VOUCHER_PREFIX_PATTERN, type VoucherCharset } from '../../domain/voucher-codes';

/**
 * Voucher plans, bulk generation, batches and the voucher grid (issue 4). Money is integer minor units,
 * durations and times are milliseconds. See docs/decisions/0007-voucher-generation.md.
 */

const minor = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const positiveMs = z.number().int().positive().max(10 * 365 * 86_400_000);
const expiryModeSchema = z.enum(['remove', 'disable', 'none']);
const statusSchema = z.enum(['generated', 'on_router', 'printed', 'sold', 'used', 'expired', 'removed']);
/** RouterOS rate limit (`rx/tx` with optional burst parts): ASCII only, e.g. `1M/2M`. */
const rateLimitSchema = z.string().min(1).max(120).regex(/^[0-9A-Za-z/ .]+$/, 'a RouterOS rate limit such as 1M/2M');

export const planSchema = z
  .object({
    id: idSchema,
    routerId: idSchema.nullable(),
    name: z.string(),
    hotspotProfile: z.string(),
    priceMinor: z.number().int().nullable(),
    validityMs: z.number().int().nullable(),
    timeLimitMs: z.number().int().nullable(),
    dataLimitBytes: z.number().int().nullable(),
    rateLimit: z.string().nullable(),
    sharedUsers: z.number().int().nullable(),
    macLock: z.boolean(),
    /** The till generates a card on the spot when none is left to sell. */
    tillOnTheSpot: z.boolean(),
    expiryMode: expiryModeSchema,
    source: z.enum(['app', 'mikhmon-import']),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
  })
  .strict();
export type Plan = z.infer<typeof planSchema>;

const planFields = {
  name: z.string().trim().min(1).max(80),
  priceMinor: minor,
  /** Counted from first login; null = never expires. */
  validityMs: positiveMs.nullable(),
  timeLimitMs: positiveMs.nullable(),
  dataLimitBytes: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  rateLimit: rateLimitSchema.nullable(),
  /** Devices at once; 0 = unlimited; null = router default. */
  sharedUsers: z.number().int().min(0).max(1000).nullable(),
  macLock: z.boolean(),
  expiryMode: expiryModeSchema,
};

export const planListInput = z.object({ routerId: idSchema.optional() }).strict();
export const planListOutput = z.array(planSchema);
export const planCreateInput = z
  .object({ routerId: idSchema, hotspotProfile: routerItemNameSchema, ...planFields, tillOnTheSpot: z.boolean().default(false) })
  .strict();
// Kept apart from planFields: an update without it must leave the plan's choice as it is.
export const planUpdateInput = z.object(planFields).partial().extend({ id: idSchema, tillOnTheSpot: z.boolean().optional() }).strict();
export const idInput = z.object({ id: idSchema }).strict();

export const voucherCharsetSchema = z.enum(VOUCHER_CHARSET_NAMES as [VoucherCharset, ...VoucherCharset[]]);

/** Upper bound per batch: what the all-or-nothing transaction and the P1 benchmark are sized for. */
export const MAX_BATCH_SIZE = 200_000;

export const generateInput = z
  .object({
    planId: idSchema,
    count: z.number().int().min(1).max(MAX_BATCH_SIZE),
    /** Random characters after the prefix. */
    length: z.number().int().min(3).max(16),
    prefix: z.string().regex(VOUCHER_PREFIX_PATTERN, 'up to 8 letters, digits, - or _').default(''),
    charset: voucherCharsetSchema,
    /** `same`: password = code (MikHmon `vc`); `separate`: a random password too (`up`). */
    userMode: z.enum(['same', 'separate']),
    passwordLength: z.number().int().min(3).max(16).optional(),
    note: z.string().max(200).default(''),
  })
  .strict();
export type GenerateInput = z.output<typeof generateInput>;

export const generateOutput = z
  .object({ batchId: idSchema, count: z.number().int(), firstSerial: z.number().int(), lastSerial: z.number().int() })
  .strict();

export const cancelGenerationInput = z.object({ batchId: idSchema }).strict();
export const cancelGenerationOutput = z.object({ cancelled: z.boolean() }).strict();

export const GENERATION_PHASES = ['preparing', 'generating', 'writing', 'committing', 'done', 'cancelled', 'failed'] as const;
export type GenerationPhase = (typeof GENERATION_PHASES)[number];
export const generationProgressSchema = z
  .object({
    batchId: idSchema,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    phase: z.enum(GENERATION_PHASES),
    message: z.string().optional(),
  })
  .strict();
export type GenerationProgress = z.infer<typeof generationProgressSchema>;

const statusCounts = z.record(statusSchema, z.number().int().nonnegative());

export const batchSchema = z
  .object({
    id: idSchema,
    planId: idSchema.nullable(),
    planName: z.string().nullable(),
    routerId: idSchema,
    note: z.string(),
    userMode: z.enum(['vc', 'up']).nullable(),
    codeLength: z.number().int().nullable(),
    charset: z.string().nullable(),
    prefix: z.string().nullable(),
    voucherCount: z.number().int(),
    source: z.enum(['app', 'mikhmon-import']),
    createdBy: idSchema.nullable(),
    createdAt: epochMsSchema,
  })
  .strict();

export const batchListInput = z
  .object({
    routerId: idSchema.optional(),
    planId: idSchema.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
/** A batch in the list, with its lifecycle counts (one grouped query for the whole page). */
export const batchListItemSchema = batchSchema.extend({ counts: statusCounts }).strict();
export const batchListOutput = z.object({ batches: z.array(batchListItemSchema), total: z.number().int() }).strict();
/** Usage of a batch summed from what was last read back from the router. */
export const batchUsageSchema = z
  .object({
    firstLogins: z.number().int(),
    uptimeMs: z.number().int(),
    bytesIn: z.number().int(),
    bytesOut: z.number().int(),
    disabled: z.number().int(),
    printed: z.number().int(),
    lastReadAt: epochMsSchema.nullable(),
  })
  .strict();
export const batchDetailSchema = z.object({ batch: batchSchema, counts: statusCounts, usage: batchUsageSchema }).strict();

export const batchDeleteInput = z
  .object({
    id: idSchema,
    /** The dialog's explicit confirmation: deleting takes every voucher of the batch off the router. */
    confirm: z.literal(true),
  })
  .strict();
export const batchDeleteOutput = z.object({ id: idSchema, removed: z.number().int() }).strict();
/** A push reconciles the batch's router now; `deferred` when the router could not be reached (the queue retries). */
export const batchPushOutput = z
  .object({ routerId: idSchema, onRouter: z.number().int(), failed: z.number().int(), deferred: z.boolean(), message: z.string().nullable() })
  .strict();
/** Disable or re-enable every unsold, unexpired voucher of a batch on its router (lost or stolen cards). */
export const batchSetDisabledInput = z.object({ id: idSchema, disabled: z.boolean() }).strict();
export const batchSetDisabledOutput = z.object({ id: idSchema, changed: z.number().int() }).strict();
export const batchExportOutput = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }).strict();

export const voucherRowSchema = z
  .object({
    id: idSchema,
    batchId: idSchema.nullable(),
    planId: idSchema.nullable(),
    routerId: idSchema,
    code: z.string(),
    password: z.string(),
    profile: z.string(),
    serial: z.number().int().nullable(),
    status: statusSchema,
    disabled: z.boolean(),
    firstLoginAt: epochMsSchema.nullable(),
    expiresAt: epochMsSchema.nullable(),
    macAddress: z.string().nullable(),
    uptimeMs: z.number().int().nullable(),
    bytesIn: z.number().int().nullable(),
    bytesOut: z.number().int().nullable(),
    usageReadAt: epochMsSchema.nullable(),
    endedAt: epochMsSchema.nullable(),
    printedAt: epochMsSchema.nullable(),
    printCount: z.number().int(),
  })
  .strict();
export type VoucherRow = z.infer<typeof voucherRowSchema>;

export const voucherListInput = z
  .object({
    batchId: idSchema.optional(),
    status: statusSchema.optional(),
    /** Code prefix search (uses the code index; a grid filter, not full text). */
    search: z.string().max(40).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export const voucherListOutput = z.object({ rows: z.array(voucherRowSchema), total: z.number().int() }).strict();

export const sellInput = z
  .object({
    voucherId: idSchema,
    /** Override of the plan's price (owner and manager only). */
    priceMinor: minor.optional(),
  })
  .strict();
export const saleSchema = z
  .object({ id: idSchema, voucherId: idSchema, code: z.string(), priceMinor: z.number().int(), soldAt: epochMsSchema })
  .strict();
