import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

export const usageRefreshInput = z.object({ routerId: idSchema }).strict();

const codes = z.array(z.string()).max(50);

/** What one usage read-back found and did (docs/decisions/0009). Code lists are capped at 50. */
export const usageRefreshOutput = z.object({
  routerId: idSchema,
  /** the router's clock at the read, as UTC epoch ms */
  routerTime: epochMsSchema,
  /** live app vouchers of the router compared with it */
  read: z.number().int().nonnegative(),
  firstLogins: z.number().int().nonnegative(),
  /** ended by the router's own scheduler */
  expired: z.number().int().nonnegative(),
  /** past their expiry but still active on the router: removed or disabled by the app */
  endedByApp: z.number().int().nonnegative(),
  /** expected on the router, absent, expiry unknown: reported only */
  missing: z.number().int().nonnegative(),
  codes: z.object({ firstLogins: codes, expired: codes, endedByApp: codes, missing: codes }),
});
export type UsageRefreshOutput = z.infer<typeof usageRefreshOutput>;
