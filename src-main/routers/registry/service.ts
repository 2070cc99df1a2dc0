import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../src-shared/ipc/result';
import { newId } from '../../../src-shared/domain/ids';
import type { Db } from '../../db/connection';
import { routers } from '../../db/schema';
import type { SecretBox } from '../../security/secret-box';
import type { RouterSessionOptions } from '../client';

export type RouterRow = typeof routers.$inferSelect;
export type Transport = RouterRow['transport'];

export interface NewRouter {
  name: string;
  host: string;
  port?: number | undefined;
  transport: Transport;
  tls: { anonymousDh: boolean; verifyCert: boolean };
  username: string;
  password: string;
  officeCode: string;
  hotspotServer: string;
  loginUrl: string | null;
}

export type RouterChange = Partial<Omit<NewRouter, 'officeCode'>>;

export function defaultPort(transport: Transport): number {
  return transport === 'api-ssl' ? 8729 : 8728;
}

/** The routers table. The password goes in sealed and comes out only as client options, never to a caller. */
export class RouterRegistry {
  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
  ) {}

  /** Every live router this db knows, other offices' included (shown read-only). */
  listLive(): RouterRow[] {
    return this.db.select().from(routers).where(isNull(routers.deletedAt)).orderBy(asc(routers.name)).all();
  }

  /**
   * The live routers this office may command: its own. With sync, other offices' routers are in the db
   * too, but only the office that owns a router talks to it (docs/decisions/0015-sync.md).
   */
  listCommandable(): RouterRow[] {
    return this.listLive().filter((row) => this.commandable(row));
  }

  commandable(row: RouterRow): boolean {
    const office = this.officeCode();
    return office === null || row.officeCode === office;
  }

  /** Refuses any command to a router of another office. */
  assertCommandable(row: RouterRow): void {
    if (!this.commandable(row)) {
      throw new AppError('FORBIDDEN', `Router ${row.name} belongs to office ${row.officeCode}: only that office changes or commands it.`, {
        routerId: row.id,
        officeCode: row.officeCode,
      });
    }
  }

  private officeCode(): string | null {
    return this.db.get<{ code: string } | undefined>(sql`SELECT code FROM office LIMIT 1`)?.code ?? null;
  }

  find(id: string): RouterRow | null {
    return this.db.select().from(routers).where(and(eq(routers.id, id), isNull(routers.deletedAt))).get() ?? null;
  }

  require(id: string): RouterRow {
    const row = this.find(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such router.', { id });
    return row;
  }

  create(input: NewRouter, now: number): RouterRow {
    this.assertNameFree(input.name, null, input.officeCode);
    const row: RouterRow = {
      id: newId(),
      name: input.name,
      host: input.host,
      port: input.port ?? defaultPort(input.transport),
      transport: input.transport,
      tlsAnonymousDh: input.tls.anonymousDh,
      tlsVerifyCert: input.tls.verifyCert,
      username: input.username,
      passwordSealed: this.secrets.encrypt(input.password),
      officeCode: input.officeCode,
      hotspotServer: input.hotspotServer,
      loginUrl: input.loginUrl,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    this.db.insert(routers).values(row).run();
    return row;
  }

  update(id: string, change: RouterChange, now: number): RouterRow {
    const current = this.require(id);
    this.assertCommandable(current);
    if (change.name !== undefined) this.assertNameFree(change.name, id, current.officeCode);
    const transport = change.transport ?? current.transport;
    // Switching transport without naming a port moves to that transport's default port.
    const port = change.port ?? (change.transport && change.transport !== current.transport ? defaultPort(transport) : current.port);
    const next: Partial<RouterRow> = {
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.host !== undefined ? { host: change.host } : {}),
      ...(change.username !== undefined ? { username: change.username } : {}),
      ...(change.hotspotServer !== undefined ? { hotspotServer: change.hotspotServer } : {}),
      ...(change.loginUrl !== undefined ? { loginUrl: change.loginUrl } : {}),
      ...(change.tls ? { tlsAnonymousDh: change.tls.anonymousDh, tlsVerifyCert: change.tls.verifyCert } : {}),
      ...(change.password !== undefined ? { passwordSealed: this.secrets.encrypt(change.password) } : {}),
      transport,
      port,
      updatedAt: now,
    };
    this.db.update(routers).set(next).where(eq(routers.id, id)).run();
    return this.require(id);
  }

  softDelete(id: string, now: number): RouterRow {
    const row = this.require(id);
    this.assertCommandable(row);
    this.db.update(routers).set({ deletedAt: now, updatedAt: now }).where(eq(routers.id, id)).run();
    return row;
  }

  /** Client options with the password unsealed, for the connection layer only. */
  endpoint(row: RouterRow): RouterSessionOptions {
    this.assertCommandable(row);
    return {
      name: row.name,
      host: row.host,
      port: row.port,
      tls: row.transport === 'api-ssl' ? { anonymousDh: row.tlsAnonymousDh, rejectUnauthorized: row.tlsVerifyCert } : false,
      username: row.username,
      password: this.secrets.decrypt(row.passwordSealed),
    };
  }

  /** Names are unique per office (two offices may each have a "Tower 1"). */
  private assertNameFree(name: string, exceptId: string | null, officeCode: string): void {
    const clash = this.db
      .select({ id: routers.id })
      .from(routers)
      .where(and(eq(routers.name, name), eq(routers.officeCode, officeCode), isNull(routers.deletedAt)))
      .get();
    if (clash && clash.id !== exceptId) throw new AppError('CONFLICT', 'Another router already has this name.', { name });
  }
}
