import { z } from 'zod';
import { ROLES } from '../../domain/roles';
import { isValidCurrencyCode, isValidLocale, isValidTimeZone } from '../../domain/time-zone';

export const roleSchema = z.enum(ROLES);
export const idSchema = z.uuid();
export const epochMsSchema = z.number().int().nonnegative();
/** Procedures without input take an empty object; `.strict()` so stray keys are a validation error. */
export const noInput = z.object({}).strict();

export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'at least 3 characters')
  .max(32, 'at most 32 characters')
  .regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');

/** Policy is enforced by the main process too (see auth/password-policy.ts); this bounds the size. */
export const passwordSchema = z.string().min(1).max(256);

export const timeZoneSchema = z.string().refine(isValidTimeZone, 'unknown time zone');
export const localeSchema = z.string().min(2).max(35).refine(isValidLocale, 'unknown locale');
export const currencySchema = z
  .object({
    code: z.string().refine(isValidCurrencyCode, 'unknown ISO 4217 currency code'),
    exponent: z.number().int().min(0).max(4),
  })
  .strict();

export const officeSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    code: z.string(),
    currency: currencySchema,
    timeZone: z.string(),
    locale: z.string(),
    createdAt: epochMsSchema,
  })
  .strict();
export type Office = z.infer<typeof officeSchema>;
