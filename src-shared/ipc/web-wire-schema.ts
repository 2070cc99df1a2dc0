import { z } from 'zod';
import type { ClientMessage } from './web-wire';

/** What the web bridge's server accepts from a browser: one call, nothing else (see web-wire.ts). */
export const clientMessageSchema: z.ZodType<ClientMessage> = z
  .object({
    type: z.literal('call'),
    id: z.number().int().nonnegative(),
    name: z.string().max(64),
    envelope: z.object({ input: z.unknown(), approvalToken: z.string().max(200).optional() }).strict(),
  })
  .strict();
