/**
 * Messages of the loopback web bridge (WebSocket at /api). Electron IPC needs none of this:
 * it carries the same CallEnvelope and Result natively.
 *
 * No zod here: the browser side imports this file in its first chunk, and the schema that checks
 * what browsers send lives with the server's other checks (web-wire-schema.ts).
 */
export const WEB_BRIDGE_PATH = '/api';
export const WEB_TOKEN_COOKIE = 'mb_token';

export interface ClientMessage {
  type: 'call';
  id: number;
  name: string;
  envelope: { input: unknown; approvalToken?: string };
}

export type ServerMessage =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; event: string; payload: unknown };
