import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

/**
 * The MikHmon-aware router import (issue 3): `imports.preview` shows what a router holds and, per item,
 * whether it is new or already in the db; `imports.apply` writes the new items in one transaction.
 * Items are identified by their natural key `mikhmon:<router>:<kind>:<name>` (docs/mikhmon-import.md).
 */

/**
 * Per item, against the db:
 * - `new`: will be imported;
 * - `imported`: already in the db (a second import skips it);
 * - `update`: in the db as unused, the router now shows it used: first login and expiry are recorded;
 * - `conflict`: the db already has a different item in its place (an app plan on the same profile, an
 *   app voucher with the same code on this router): skipped and left as it is.
 */
export const importItemStateSchema = z.enum(['new', 'imported', 'update', 'conflict']);
export type ImportItemState = z.infer<typeof importItemStateSchema>;

export const IMPORT_KINDS = ['profiles', 'batches', 'unusedVouchers', 'usedVouchers', 'sales', 'pppProfiles', 'pppSecrets'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

const count = z.number().int().nonnegative();
export const stateCountsSchema = z.object({ total: count, new: count, imported: count, update: count, conflict: count }).strict();
export type StateCounts = z.infer<typeof stateCountsSchema>;

const mikhmonMetadataSchema = z
  .object({
    mode: z.enum(['rem', 'ntf', 'remc', 'ntfc', '0']),
    priceMinor: z.number().int().nullable(),
    sellingPriceMinor: z.number().int().nullable(),
    validityMs: z.number().int().nullable(),
    validityText: z.string(),
    macLock: z.boolean(),
  })
  .strict();

export const previewProfileSchema = z
  .object({
    naturalKey: z.string(),
    state: importItemStateSchema,
    name: z.string(),
    rateLimit: z.string().nullable(),
    sharedUsers: z.union([z.number().int(), z.literal('unlimited')]).nullable(),
    sessionTimeoutMs: z.number().int().nullable(),
    /** `null`: a plain profile (imported as an unpriced plan). */
    mikhmon: mikhmonMetadataSchema.nullable(),
  })
  .strict();

export const previewVoucherSchema = z
  .object({ naturalKey: z.string(), state: importItemStateSchema, name: z.string(), profile: z.string(), disabled: z.boolean() })
  .strict();

export const previewBatchSchema = z
  .object({
    naturalKey: z.string(),
    state: importItemStateSchema,
    /** The comment exactly as on the router; `''` collects unused users without a comment. */
    comment: z.string(),
    info: z
      .object({
        userMode: z.enum(['vc', 'up']),
        code: z.string(),
        generatedOn: z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int() }).strict(),
        note: z.string(),
      })
      .strict()
      .nullable(),
    profiles: z.array(z.string()),
    /** States of the batch's vouchers. */
    voucherCounts: stateCountsSchema,
    vouchers: z.array(previewVoucherSchema),
  })
  .strict();

export const previewUsedVoucherSchema = z
  .object({
    naturalKey: z.string(),
    state: importItemStateSchema,
    name: z.string(),
    profile: z.string(),
    expiresAt: epochMsSchema,
    expiryText: z.string(),
    macAddress: z.string().nullable(),
    disabled: z.boolean(),
  })
  .strict();

export const previewSaleSchema = z
  .object({
    naturalKey: z.string(),
    state: importItemStateSchema,
    scriptName: z.string(),
    soldAt: epochMsSchema,
    soldAtText: z.string(),
    user: z.string(),
    priceMinor: z.number().int(),
    profile: z.string(),
    validityText: z.string(),
    comment: z.string(),
    ownerFormat: z.enum(['mon-yyyy', 'mm-yyyy', 'broken-7.10', 'unknown']),
  })
  .strict();

export const previewPppProfileSchema = z
  .object({
    naturalKey: z.string(),
    state: importItemStateSchema,
    name: z.string(),
    rateLimit: z.string().nullable(),
    localAddress: z.string().nullable(),
    remoteAddress: z.string().nullable(),
    builtin: z.boolean(),
  })
  .strict();

export const previewPppSecretSchema = z
  .object({
    naturalKey: z.string(),
    state: importItemStateSchema,
    name: z.string(),
    service: z.string(),
    profile: z.string(),
    remoteAddress: z.string().nullable(),
    disabled: z.boolean(),
    comment: z.string(),
    lastLoggedOutAt: epochMsSchema.nullable(),
  })
  .strict();

const rowRefSchema = { menu: z.string(), rowId: z.string().nullable(), name: z.string().nullable(), reason: z.string() };

export const importPreviewInput = z.object({ routerId: idSchema }).strict();

export const importPreviewOutput = z
  .object({
    routerId: idSchema,
    readAt: epochMsSchema,
    router: z.object({ version: z.string(), isoDates: z.boolean() }).strict(),
    counts: z.object(Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, stateCountsSchema])) as Record<ImportKind, typeof stateCountsSchema>).strict(),
    profiles: z.array(previewProfileSchema),
    voucherBatches: z.array(previewBatchSchema),
    usedVouchers: z.array(previewUsedVoucherSchema),
    sales: z.array(previewSaleSchema),
    pppProfiles: z.array(previewPppProfileSchema),
    pppSecrets: z.array(previewPppSecretSchema),
    /** Hotspot users that are not MikHmon vouchers (the operator's own): shown, never imported. */
    otherUsers: z.array(z.object({ name: z.string(), profile: z.string(), comment: z.string() }).strict()),
    /** MikHmon quick-print packages: shown, not imported (no print templates yet). */
    quickPrintPackages: z.array(z.object({ packageName: z.string(), profile: z.string(), priceMinor: z.number().int().nullable() }).strict()),
    /** Rows left out on purpose (built-in trial user, dynamic users). */
    skipped: z.array(z.object(rowRefSchema).strict()),
    /** Rows that could not be read (`skipped`: not imported) or only partly (`partial`: imported without the bad detail). */
    problems: z.array(z.object({ ...rowRefSchema, outcome: z.enum(['skipped', 'partial']) }).strict()),
    warnings: z.array(z.object({ code: z.enum(['expiry-broken-7.10']), message: z.string() }).strict()),
  })
  .strict();
export type ImportPreviewOutput = z.infer<typeof importPreviewOutput>;

export const importIncludeSchema = z
  .object({
    /** Hotspot user profiles as voucher plans. */
    profiles: z.boolean().default(true),
    /** Unused vouchers (with their batches) and used vouchers with their expiry. */
    vouchers: z.boolean().default(true),
    /** MikHmon sales records into the voucher sales ledger. */
    sales: z.boolean().default(true),
    /** PPP profiles and PPP secrets (subscribers-to-be). */
    ppp: z.boolean().default(true),
  })
  .strict();

export const importApplyInput = z
  .object({
    routerId: idSchema,
    include: importIncludeSchema.default({ profiles: true, vouchers: true, sales: true, ppp: true }),
  })
  .strict();

export const appliedCountsSchema = z.object({ imported: count, updated: count, skipped: count }).strict();
export type AppliedCounts = z.infer<typeof appliedCountsSchema>;

export const importApplyOutput = z
  .object({
    routerId: idSchema,
    counts: z.object(Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, appliedCountsSchema])) as Record<ImportKind, typeof appliedCountsSchema>).strict(),
    totals: appliedCountsSchema,
    /** Rows of the router that were not imported (or only partly) because they could not be read. */
    problems: count,
  })
  .strict();
export type ImportApplyOutput = z.infer<typeof importApplyOutput>;

/** Progress of a preview or apply, sent to the calling window only. */
export const importProgressSchema = z
  .object({
    routerId: idSchema,
    operation: z.enum(['preview', 'apply']),
    phase: z.enum(['reading', 'writing', 'done', 'failed']),
    /** While writing: the kind being written. */
    kind: importKindSchema.nullable(),
    done: count,
    total: count,
    message: z.string().nullable(),
  })
  .strict();
export type ImportProgress = z.infer<typeof importProgressSchema>;
