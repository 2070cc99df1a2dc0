import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

/** Customers (issue 5): master data with a per-office account number and an FTS5 type-ahead search. */

export const CUSTOMER_STATUS_VALUES = ['active', 'inactive', 'closed'] as const;
export const customerStatusSchema = z.enum(CUSTOMER_STATUS_VALUES);

const phoneSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^\+?[0-9 ()./-]+$/, 'digits, spaces and + ( ) . / - only');
const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'letters, digits, - and _ only');
export const gpsSchema = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict();

export const customerSchema = z
  .object({
    id: idSchema,
    accountNumber: z.string(),
    name: z.string(),
    phones: z.array(z.string()),
    address: z.string(),
    gps: gpsSchema.nullable(),
    notes: z.string(),
    tags: z.array(z.string()),
    status: customerStatusSchema,
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
  })
  .strict();
export type Customer = z.infer<typeof customerSchema>;

const customerFields = {
  name: z.string().trim().min(1).max(120),
  phones: z.array(phoneSchema).max(5),
  address: z.string().trim().max(300),
  gps: gpsSchema.nullable(),
  notes: z.string().max(2000),
  tags: z.array(tagSchema).max(20),
  status: customerStatusSchema,
};

export const customerCreateInput = z
  .object({
    name: customerFields.name,
    phones: customerFields.phones.default([]),
    address: customerFields.address.default(''),
    gps: customerFields.gps.default(null),
    notes: customerFields.notes.default(''),
    tags: customerFields.tags.default([]),
    status: customerFields.status.default('active'),
  })
  .strict();
export type CustomerCreateInput = z.output<typeof customerCreateInput>;

export const customerUpdateInput = z.object(customerFields).partial().extend({ id: idSchema }).strict();
export type CustomerUpdateInput = z.output<typeof customerUpdateInput>;

export const customerIdInput = z.object({ id: idSchema }).strict();

export const customerListInput = z
  .object({
    status: customerStatusSchema.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
/** A customer in the list and in search results, with the balance derived from the ledger (positive = owes). */
export const customerRowSchema = customerSchema.extend({ balanceMinor: z.number().int() }).strict();
export type CustomerListRow = z.infer<typeof customerRowSchema>;
export const customerListOutput = z.object({ customers: z.array(customerRowSchema), total: z.number().int() }).strict();

/** Type-ahead: every word of `query` must prefix-match a word of name, phone, account, address, tags or notes. */
export const customerSearchInput = z
  .object({
    query: z.string().max(100),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();
export const customerSearchOutput = z.array(customerRowSchema);
