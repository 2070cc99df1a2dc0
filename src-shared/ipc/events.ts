import { z } from 'zod';
import { sessionSchema } from './schemas/auth';
import { importProgressSchema } from './schemas/imports';
import { alertEventSchema, routerStatusSchema } from './schemas/routers';
import { alertChangeEventSchema } from './schemas/health';
import { generationProgressSchema } from './schemas/vouchers';
import { syncStatusEvent } from './schemas/sync';

/** Events the main process pushes to a renderer. Declared like procedures: name -> payload schema. */
export const events = {
  /** The session of this window changed: locked by idle, logged out, unlocked. */
  'session.changed': z.object({ session: sessionSchema.nullable(), reason: z.string() }).strict(),
  /** A router's connection changed state (connecting, online, offline with the error). Broadcast. */
  'routers.status': routerStatusSchema,
  /** A health alert was raised or cleared (CPU, memory, unreachable). Broadcast. */
  'routers.alerts': alertEventSchema,
  /** Progress of a router import (preview or apply): reading, writing per kind, done or failed. To the caller only. */
  'imports.progress': importProgressSchema,
  /** Progress of a voucher batch being generated in the worker: phase, done of total. To the caller only. */
  'vouchers.progress': generationProgressSchema,
  /** Progress of a push (reconcile) to a router: commands settled of the total. To the caller only. */
  'routers.pushProgress': z
    .object({ routerId: z.string(), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
    .strict(),
  /** An app alert (router down, CPU high, backup, sync stuck) was raised, cleared or acknowledged. Broadcast. */
  'alerts.changed': alertChangeEventSchema,
  /** The sync runner's status changed (a round started or ended, settings saved). Broadcast. */
  'sync.status': syncStatusEvent,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
