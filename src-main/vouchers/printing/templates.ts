import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { printTemplates } from '../../db/schema';
import { newId } from '../../../src-shared/domain/ids';
import { AppError } from '../../../src-shared/ipc/result';
import { templateSettingsSchema, type PrintTemplate, type TemplateSettings } from '../../../src-shared/ipc/schemas/voucher-print';

type TemplateRow = typeof printTemplates.$inferSelect;

/**
 * Saved card templates. Settings are validated on the way in (zod at the IPC edge) and again on the
 * way out: a row edited by hand or written by an older version that no longer parses is skipped
 * with a log line instead of breaking the print dialog.
 */
export class TemplateStore {
  constructor(
    private readonly db: Db,
    private readonly onInvalid: (id: string, message: string) => void,
  ) {}

  list(): PrintTemplate[] {
    const rows = this.db.select().from(printTemplates).where(isNull(printTemplates.deletedAt)).orderBy(asc(printTemplates.name)).all();
    return rows.flatMap((row) => {
      const parsed = this.parse(row);
      return parsed ? [parsed] : [];
    });
  }

  /** Creates (no id) or replaces (id) a template; names are unique among live templates. */
  save(input: { id?: string; name: string; settings: TemplateSettings }, now: number): PrintTemplate {
    const clash = this.db
      .select({ id: printTemplates.id })
      .from(printTemplates)
      .where(and(eq(printTemplates.name, input.name), isNull(printTemplates.deletedAt)))
      .get();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `A template named "${input.name}" already exists.`);
    const settings = JSON.stringify(input.settings);
    if (input.id) {
      this.require(input.id);
      this.db.update(printTemplates).set({ name: input.name, settings, updatedAt: now }).where(eq(printTemplates.id, input.id)).run();
      return { id: input.id, name: input.name, settings: input.settings, updatedAt: now };
    }
    const id = newId();
    this.db.insert(printTemplates).values({ id, name: input.name, settings, createdAt: now, updatedAt: now, deletedAt: null }).run();
    return { id, name: input.name, settings: input.settings, updatedAt: now };
  }

  remove(id: string, now: number): PrintTemplate {
    const row = this.require(id);
    const parsed = this.parse(row);
    this.db.update(printTemplates).set({ deletedAt: now, updatedAt: now }).where(eq(printTemplates.id, id)).run();
    if (!parsed) throw new AppError('CONFLICT', 'The template was unreadable; it has been removed.');
    return parsed;
  }

  private require(id: string): TemplateRow {
    const row = this.db.select().from(printTemplates).where(and(eq(printTemplates.id, id), isNull(printTemplates.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such print template.', { id });
    return row;
  }

  private parse(row: TemplateRow): PrintTemplate | null {
    let json: unknown;
    try {
      json = JSON.parse(row.settings);
    } catch (error) {
      this.onInvalid(row.id, error instanceof Error ? error.message : String(error));
      return null;
    }
    const settings = templateSettingsSchema.safeParse(json);
    if (!settings.success) {
      this.onInvalid(row.id, settings.error.message);
      return null;
    }
    return { id: row.id, name: row.name, settings: settings.data, updatedAt: row.updatedAt };
  }
}
