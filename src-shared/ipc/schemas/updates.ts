import { z } from 'zod';
import { epochMsSchema } from './common';

/** The folder electron-builder's latest.yml and installers are uploaded to: http(s) only, no credentials. */
export const feedUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'an http:// or https:// address without a user name, query or #');

/** Off by default; turning it on needs a feed. */
export const updateSettingsSchema = z
  .object({ enabled: z.boolean(), feedUrl: feedUrlSchema.nullable() })
  .strict()
  .refine((settings) => !settings.enabled || settings.feedUrl !== null, { message: 'set the update feed address first', path: ['feedUrl'] });

export const updateCheckStateSchema = z.enum(['never', 'checking', 'up-to-date', 'available', 'failed']);

export const updateStatusOutput = z
  .object({
    settings: updateSettingsSchema,
    currentVersion: z.string(),
    /** How this copy checks: electron-updater in the packaged desktop app, or reading latest.yml itself. */
    checker: z.enum(['electron-updater', 'feed']),
    state: updateCheckStateSchema,
    checkedAt: epochMsSchema.nullable(),
    nextCheckAt: epochMsSchema.nullable(),
    /** The feed's version when it is newer than this one. */
    availableVersion: z.string().nullable(),
    releaseDate: z.string().nullable(),
    /** Where the new installer can be downloaded (the feed folder plus latest.yml's path). */
    downloadUrl: z.string().nullable(),
    error: z.string().nullable(),
  })
  .strict();

export type UpdateSettings = z.infer<typeof updateSettingsSchema>;
export type UpdateStatus = z.infer<typeof updateStatusOutput>;
