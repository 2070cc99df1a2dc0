import { z } from 'zod';
import { attributesSchema, routerItemNameSchema, type JobKind, type ManagedMenu } from '../../../src-shared/domain/router-items';

const upsert = (menu: ManagedMenu) => z.object({ name: routerItemNameSchema, attributes: attributesSchema(menu) }).strict();
const named = z.object({ name: routerItemNameSchema }).strict();
const nameOnly = z.object({ name: routerItemNameSchema }).loose();

/** Payload schema of every job kind: checked when a job is enqueued and again when it is applied. */
export const jobPayloadSchemas = {
  'hotspot-user.upsert': upsert('/ip/hotspot/user'),
  'hotspot-user.remove': named,
  'hotspot-profile.upsert': upsert('/ip/hotspot/user/profile'),
  'hotspot-profile.remove': named,
  'ppp-secret.upsert': upsert('/ppp/secret'),
  'ppp-secret.remove': named,
  'ppp-secret.enable': named,
  'ppp-secret.disable': named,
  'ppp-profile.upsert': upsert('/ppp/profile'),
  'ppp-profile.remove': named,
  'session.kick': z.object({ kind: z.enum(['hotspot', 'ppp']), user: routerItemNameSchema }).strict(),
} satisfies Record<JobKind, z.ZodType>;

export type JobPayload<K extends JobKind> = z.output<(typeof jobPayloadSchemas)[K]>;

/** Menu each item job acts on. */
export const JOB_MENU: Record<Exclude<JobKind, 'session.kick'>, ManagedMenu> = {
  'hotspot-user.upsert': '/ip/hotspot/user',
  'hotspot-user.remove': '/ip/hotspot/user',
  'hotspot-profile.upsert': '/ip/hotspot/user/profile',
  'hotspot-profile.remove': '/ip/hotspot/user/profile',
  'ppp-secret.upsert': '/ppp/secret',
  'ppp-secret.remove': '/ppp/secret',
  'ppp-secret.enable': '/ppp/secret',
  'ppp-secret.disable': '/ppp/secret',
  'ppp-profile.upsert': '/ppp/profile',
  'ppp-profile.remove': '/ppp/profile',
};

/**
 * Jobs with the same key run strictly in order. A kick shares the key of the user it kicks, so
 * "disable the secret, then kick" can never run the other way round.
 */
export function itemKey(kind: JobKind, payload: unknown): string {
  if (kind === 'session.kick') {
    const kick = jobPayloadSchemas['session.kick'].parse(payload);
    return `${kick.kind === 'hotspot' ? '/ip/hotspot/user' : '/ppp/secret'}|${kick.user}`;
  }
  return `${JOB_MENU[kind]}|${nameOnly.parse(payload).name}`;
}
