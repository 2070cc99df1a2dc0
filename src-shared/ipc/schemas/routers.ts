import { z } from 'zod';
import { managedMenuSchema, routerItemNameSchema } from '../../domain/router-items';
import { epochMsSchema, idSchema } from './common';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOSTNAME = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** An IPv4 or IPv6 address or a DNS host name; nothing else reaches the socket layer. */
export const hostSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .refine((host) => IPV4.test(host) || HOSTNAME.test(host) || z.ipv6().safeParse(host).success, 'an IP address or host name');

/** The QR code on a voucher points here: only http(s), so a card never carries a script or file URL. */
export const loginUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'an http:// or https:// address');

const asciiLine = (max: number): z.ZodString => z.string().max(max).regex(/^[\x20-\x7e]*$/, 'ASCII characters only');

export const transportSchema = z.enum(['api', 'api-ssl']);
export const tlsSettingsSchema = z
  .object({
    /** For routers without a certificate: encrypted but the router is not authenticated. */
    anonymousDh: z.boolean(),
    verifyCert: z.boolean(),
  })
  .strict();

export const createRouterInput = z
  .object({
    name: z.string().trim().min(1).max(64),
    host: hostSchema,
    /** Default 8728 (api) or 8729 (api-ssl). */
    port: z.number().int().min(1).max(65535).optional(),
    transport: transportSchema.default('api'),
    tls: tlsSettingsSchema.default({ anonymousDh: false, verifyCert: true }),
    username: asciiLine(64).min(1),
    password: asciiLine(256),
    hotspotServer: routerItemNameSchema.default('all'),
    loginUrl: loginUrlSchema.nullable().default(null),
  })
  .strict();

export const updateRouterInput = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1).max(64).optional(),
    host: hostSchema.optional(),
    port: z.number().int().min(1).max(65535).optional(),
    transport: transportSchema.optional(),
    tls: tlsSettingsSchema.optional(),
    username: asciiLine(64).min(1).optional(),
    /** Omitted: the stored password stays. */
    password: asciiLine(256).optional(),
    hotspotServer: routerItemNameSchema.optional(),
    loginUrl: loginUrlSchema.nullable().optional(),
  })
  .strict();

export const routerIdInput = z.object({ id: idSchema }).strict();

export const connectionStateSchema = z.enum(['idle', 'connecting', 'online', 'offline', 'closed']);
export const routerStatusSchema = z
  .object({
    routerId: idSchema,
    state: connectionStateSchema,
    since: epochMsSchema,
    lastError: z.string().nullable(),
    nextAttemptAt: epochMsSchema.nullable(),
  })
  .strict();

/** A router as procedures show it: never the password, sealed or not. */
export const routerSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    host: z.string(),
    port: z.number().int(),
    transport: transportSchema,
    tls: tlsSettingsSchema,
    username: z.string(),
    officeCode: z.string(),
    hotspotServer: z.string(),
    loginUrl: z.string().nullable(),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
    status: routerStatusSchema,
  })
  .strict();
export type RouterInfo = z.infer<typeof routerSchema>;

export const testConnectionOutput = z.discriminatedUnion('ok', [
  z
    .object({
      ok: z.literal(true),
      identity: z.string(),
      version: z.string(),
      board: z.string(),
      uptime: z.string(),
    })
    .strict(),
  z
    .object({
      ok: z.literal(false),
      /** ROUTER_LOGIN, ROUTER_CONNECTION, ROUTER_TRAP, ...: what kind of failure. */
      code: z.string(),
      /** The router's own message (trap text) or the network error. */
      message: z.string(),
    })
    .strict(),
]);

export const alertKindSchema = z.enum(['cpu', 'memory', 'unreachable']);
export const healthSchema = z
  .object({
    routerId: idSchema,
    online: z.boolean(),
    checkedAt: epochMsSchema.nullable(),
    cpuLoad: z.number().nullable(),
    freeMemory: z.number().nullable(),
    totalMemory: z.number().nullable(),
    version: z.string().nullable(),
    board: z.string().nullable(),
    uptime: z.string().nullable(),
    lastError: z.string().nullable(),
    alerts: z.array(alertKindSchema),
  })
  .strict();
export type RouterHealth = z.infer<typeof healthSchema>;
export const healthInput = z.object({ routerId: idSchema.optional() }).strict();

export const alertEventSchema = z
  .object({
    routerId: idSchema,
    routerName: z.string(),
    kind: alertKindSchema,
    /** true when raised, false when the condition has ended. */
    active: z.boolean(),
    message: z.string(),
    at: epochMsSchema,
  })
  .strict();
export type RouterAlert = z.infer<typeof alertEventSchema>;

export const routerEntityIdSchema = z.string().regex(/^\*[0-9A-F]{1,8}$/, 'a RouterOS id like *1A');

export const sessionsInput = z.object({ routerId: idSchema }).strict();
export const hotspotSessionSchema = z
  .object({
    id: routerEntityIdSchema,
    user: z.string(),
    server: z.string().nullable(),
    address: z.string().nullable(),
    macAddress: z.string().nullable(),
    uptime: z.string().nullable(),
    sessionTimeLeft: z.string().nullable(),
    bytesIn: z.string().nullable(),
    bytesOut: z.string().nullable(),
  })
  .strict();
export const pppSessionSchema = z
  .object({
    id: routerEntityIdSchema,
    name: z.string(),
    service: z.string().nullable(),
    callerId: z.string().nullable(),
    address: z.string().nullable(),
    uptime: z.string().nullable(),
  })
  .strict();
export const sessionsOutput = z
  .object({ hotspot: z.array(hotspotSessionSchema), ppp: z.array(pppSessionSchema) })
  .strict();

export const sessionKindSchema = z.enum(['hotspot', 'ppp']);
export const kickInput = z.object({ routerId: idSchema, kind: sessionKindSchema, id: routerEntityIdSchema }).strict();
export const kickOutput = z.object({ done: z.literal(true), user: z.string() }).strict();

export const reconcileInput = z
  .object({
    routerId: idSchema,
    /** Only these menus (default: all four managed menus). */
    menus: z.array(managedMenuSchema).min(1).max(4).optional(),
  })
  .strict();
export const reconcileOutput = z
  .object({
    added: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    /** Unmarked items (the operator's) where the app wants one of the same name: left alone. */
    conflicts: z.array(z.object({ menu: managedMenuSchema, name: z.string() }).strict()),
    /** Commands that failed; running reconcile again retries them. */
    errors: z.array(z.object({ menu: managedMenuSchema, name: z.string(), message: z.string() }).strict()),
  })
  .strict();
