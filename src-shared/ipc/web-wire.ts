import { z } from 'zod';

/**
 * Messages of the loopback web bridge (WebSocket at /api). Electron IPC needs none of this:
 * it carries the same CallEnvelope and Result natively.
 */
export const WEB_BRIDGE_PATH = '/api';
export const WEB_TOKEN_COOKIE = 'mb_token';

export const clientMessageSchema = z
  .object({
    type: z.literal('call'),
    id: z.number().int().nonnegative(),
    name: z.string().max(64),
    envelope: z.object({ input: z.unknown(), approvalToken: z.string().max(200).optional() }).strict(),
  })
  .strict();
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ServerMessage =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; event: string; payload: unknown };
