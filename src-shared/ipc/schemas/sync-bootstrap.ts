import { z } from 'zod';
import { SYNC_TLS_MODES } from './sync';

/**
 * Bootstrap / rebuild an office from the central database (issue 7, src-main/sync/bootstrap.ts): the
 * connection of this office's central role, typed once. The password is used for this call only.
 */
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/;

export const syncBootstrapInput = z
  .object({
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9.:_[\]-]+$/, 'a host name or an IP address'),
    port: z.number().int().min(1).max(65_535),
    database: z
      .string()
      .trim()
      .min(1)
      .max(63)
      .regex(/^[A-Za-z0-9_.$-]+$/, 'letters, digits and _ . $ - only'),
    user: z
      .string()
      .trim()
      .min(1)
      .max(63)
      .regex(/^[A-Za-z0-9_.$-]+$/, 'letters, digits and _ . $ - only'),
    password: z.string().min(1).max(256),
    tlsMode: z.enum(SYNC_TLS_MODES).default('verify-full'),
    /** PEM of the CA that signed the server's certificate (verify-full); absent: the system's CAs. */
    caCert: z.string().trim().max(20_000).regex(PEM_CERTIFICATE, 'a PEM certificate (-----BEGIN CERTIFICATE----- …)').nullable().optional(),
  })
  .strict();
export type SyncBootstrapInput = z.infer<typeof syncBootstrapInput>;

const count = z.number().int().nonnegative();

export const syncBootstrapOutput = z
  .object({
    officeCode: z.string(),
    /** Rows now held here per synced table (e.g. customers, ledger_entries), all from central. */
    restored: z.record(z.string(), count),
    pull: z.object({ applied: count, unchanged: count, conflicts: count, pages: count, cursor: count }).strict(),
    /** Number sequences moved past this office's highest number found centrally (key: invoice:YYYY, …). */
    sequences: z.array(z.object({ key: z.string(), value: count }).strict()),
    /** A bootstrap cut short earlier was continued. */
    resumed: z.boolean(),
    tookMs: count,
  })
  .strict();
export type SyncBootstrapOutput = z.infer<typeof syncBootstrapOutput>;
