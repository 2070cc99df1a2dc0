import { z } from 'zod';
import { idSchema } from './common';
import { customerStatusSchema } from './customers';

/**
 * CSV import of customers and their subscriptions (issue 5). One row is one customer and, when it names
 * a service plan, one subscription. `customers.import.preview` validates and changes nothing;
 * `customers.import.commit` validates the same text again and writes every good row in one transaction.
 */

/** Characters of CSV text one call may carry (about 10 MB: 60,000+ typical rows, under the row limit). */
export const CSV_IMPORT_MAX_CHARS = 10 * 1024 * 1024;
/** Data rows (after the header) one import may hold: one transaction must stay a few seconds long. */
export const CSV_IMPORT_MAX_ROWS = 20_000;

/**
 * The headers of the downloadable template, in order. Other spellings are accepted too (main matches
 * aliases case-insensitively, e.g. "Phone number", "Mobile", "PPPoE user").
 */
export const CUSTOMER_IMPORT_TEMPLATE_HEADERS = [
  'name',
  'phones',
  'address',
  'latitude',
  'longitude',
  'notes',
  'tags',
  'account number',
  'customer status',
  'plan',
  'router',
  'pppoe username',
  'pppoe password',
  'start date',
  'status',
] as const;

/** What a row's problems point at; latitude/longitude/gps columns all report as `gps`. */
export const IMPORT_FIELDS = [
  'name',
  'phones',
  'address',
  'gps',
  'notes',
  'tags',
  'accountNumber',
  'customerStatus',
  'plan',
  'router',
  'pppUsername',
  'pppPassword',
  'startDate',
  'status',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const importFieldSchema = z.enum(IMPORT_FIELDS);

/** The columns main recognises (a file column maps to one of these, or is ignored). */
export const IMPORT_COLUMNS = [
  'name',
  'phones',
  'address',
  'latitude',
  'longitude',
  'gps',
  'notes',
  'tags',
  'accountNumber',
  'customerStatus',
  'plan',
  'router',
  'pppUsername',
  'pppPassword',
  'startDate',
  'status',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const importColumnSchema = z.enum(IMPORT_COLUMNS);

/**
 * Stable codes the renderer translates; `message` is main's English text, `ref` what the code refers to
 * (the other row of a duplicate, the existing account number, the date…).
 */
export const IMPORT_ISSUE_CODES = [
  // errors
  'required',
  'invalid',
  'unknown',
  'ambiguous',
  'mismatch',
  'duplicate',
  'exists',
  'extra_fields',
  'needs_plan',
  // warnings
  'past_start',
  'secret_on_router',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export const importIssueSchema = z
  .object({
    field: importFieldSchema.nullable(),
    code: z.enum(IMPORT_ISSUE_CODES),
    message: z.string(),
    ref: z.string().nullable(),
  })
  .strict();
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const IMPORT_SUBSCRIPTION_STATUSES = ['active', 'suspended'] as const;
export const importSubscriptionStatusSchema = z.enum(IMPORT_SUBSCRIPTION_STATUSES);
export type ImportSubscriptionStatus = z.infer<typeof importSubscriptionStatusSchema>;

/** What the row would write (passwords are never echoed back). */
export const importRowValuesSchema = z
  .object({
    name: z.string(),
    phones: z.array(z.string()),
    address: z.string(),
    /** As read, even out of range (the row then has a gps error). */
    gps: z.object({ lat: z.number(), lng: z.number() }).strict().nullable(),
    notes: z.string(),
    tags: z.array(z.string()),
    /** Null: drawn from the office's account-number format when imported. */
    accountNumber: z.string().nullable(),
    customerStatus: customerStatusSchema,
    subscription: z
      .object({
        /** The plan as written in the file; `planId` once it names exactly one plan. */
        plan: z.string(),
        planId: idSchema.nullable(),
        /** The router as written, or the plan's router when the column was blank. */
        router: z.string().nullable(),
        routerId: idSchema.nullable(),
        /** Null: generated from the account number, as for a subscription made in the app. */
        pppUsername: z.string().nullable(),
        passwordGiven: z.boolean(),
        startDate: z.string(),
        status: importSubscriptionStatusSchema,
      })
      .strict()
      .nullable(),
  })
  .strict();
export type ImportRowValues = z.infer<typeof importRowValuesSchema>;

export const importRowSchema = z
  .object({
    /** The line of the file where the row starts (the header is line 1). */
    row: z.number().int().positive(),
    values: importRowValuesSchema,
    errors: z.array(importIssueSchema),
    warnings: z.array(importIssueSchema),
  })
  .strict();
export type ImportRow = z.infer<typeof importRowSchema>;

export const csvDelimiterSchema = z.enum([',', ';', '\t']);

const csvText = z.string().min(1).max(CSV_IMPORT_MAX_CHARS, `at most ${CSV_IMPORT_MAX_CHARS} characters`);

export const customerImportPreviewInput = z.object({ csv: csvText }).strict();
export const customerImportCommitInput = z
  .object({
    csv: csvText,
    /** False: any bad row refuses the whole import. True: good rows are imported, bad ones listed. */
    skipBadRows: z.boolean(),
  })
  .strict();

export const customerImportPreviewOutput = z
  .object({
    delimiter: csvDelimiterSchema,
    columns: z.array(z.object({ header: z.string(), column: importColumnSchema.nullable() }).strict()),
    /** Headers main does not know: their values are ignored. */
    unknownColumns: z.array(z.string()),
    rows: z.array(importRowSchema),
    totals: z
      .object({
        rows: z.number().int(),
        good: z.number().int(),
        bad: z.number().int(),
        /** Good rows that also create a subscription. */
        subscriptions: z.number().int(),
        /** Rows with at least one warning (they still import). */
        warnings: z.number().int(),
      })
      .strict(),
  })
  .strict();
export type CustomerImportPreview = z.infer<typeof customerImportPreviewOutput>;

export const customerImportCommitOutput = z
  .object({
    imported: z.object({ customers: z.number().int(), subscriptions: z.number().int() }).strict(),
    rows: z.array(
      z
        .object({
          row: z.number().int(),
          customerId: idSchema,
          accountNumber: z.string(),
          name: z.string(),
          subscriptionId: idSchema.nullable(),
          pppUsername: z.string().nullable(),
        })
        .strict(),
    ),
    skipped: z.array(z.object({ row: z.number().int(), errors: z.array(importIssueSchema) }).strict()),
  })
  .strict();
export type CustomerImportResult = z.infer<typeof customerImportCommitOutput>;

/** `details.reason` of the typed errors a whole file can get (the renderer explains each). */
export const IMPORT_FAILURE_REASONS = ['empty', 'unreadable', 'not_utf8', 'too_many_rows', 'no_name_column', 'duplicate_column', 'bad_rows', 'no_good_rows'] as const;
export type ImportFailureReason = (typeof IMPORT_FAILURE_REASONS)[number];
