import { z } from 'zod';
import { sessionSchema } from './auth';
import { displayNameSchema } from './operators';
import {
  currencySchema,
  epochMsSchema,
  localeSchema,
  officeSchema,
  passwordSchema,
  timeZoneSchema,
  usernameSchema,
} from './common';

export const appStatusOutput = z
  .object({
    version: z.string(),
    setupComplete: z.boolean(),
    office: officeSchema.nullable(),
    session: sessionSchema.nullable(),
    /** Pre-fills the login form on this desk. */
    lastUsername: z.string().nullable(),
  })
  .strict();
export type AppStatus = z.infer<typeof appStatusOutput>;

export const officeCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]{2,6}$/, '2 to 6 capital letters or digits');

export const setupInput = z
  .object({
    office: z
      .object({
        name: z.string().trim().min(1).max(100),
        code: officeCodeSchema,
        currency: currencySchema,
        timeZone: timeZoneSchema,
        locale: localeSchema,
      })
      .strict(),
    owner: z
      .object({ username: usernameSchema, displayName: displayNameSchema, password: passwordSchema })
      .strict(),
  })
  .strict();

export const settingsSchema = z
  .object({
    officeName: z.string(),
    timeZone: z.string(),
    locale: z.string(),
    idleLockMinutes: z.number().int(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsInput = z
  .object({
    officeName: z.string().trim().min(1).max(100).optional(),
    timeZone: timeZoneSchema.optional(),
    locale: localeSchema.optional(),
    idleLockMinutes: z.number().int().min(1).max(240).optional(),
  })
  .strict();

export const dashboardOutput = z
  .object({
    office: officeSchema,
    operatorName: z.string(),
    role: z.string(),
    dbSizeBytes: z.number().int().nonnegative(),
    operatorCount: z.number().int().nonnegative(),
    auditEntryCount: z.number().int().nonnegative(),
    lastLoginAt: epochMsSchema.nullable(),
    serverTime: epochMsSchema,
  })
  .strict();
export type DashboardSummary = z.infer<typeof dashboardOutput>;
