import type { Db } from '../../db/connection';
import { readSetting, writeSetting } from '../../office/settings-store';
import { documentDetailsSchema, type DocumentDetails } from '../../../src-shared/ipc/schemas/billing-documents';

const DETAILS_KEY = 'billing.documentDetails';

export const EMPTY_DETAILS: DocumentDetails = { address: '', phone: '', email: '', taxId: '', footer: '' };

/**
 * The office's address, phone, e-mail, tax id and document footer, kept as one JSON value in the local
 * settings table (no schema change). A value that no longer parses reads as empty rather than failing a print.
 */
export class DocumentDetailsStore {
  constructor(private readonly db: Db) {}

  get(): DocumentDetails {
    const parsed = documentDetailsSchema.partial().safeParse(readSetting<unknown>(this.db, DETAILS_KEY));
    return { ...EMPTY_DETAILS, ...(parsed.success ? parsed.data : {}) };
  }

  /** Runs in the caller's transaction (with the audit entry). Fields left out keep their value. */
  update(change: Partial<DocumentDetails>, now: number): DocumentDetails {
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const next = { ...this.get(), ...defined };
    writeSetting(this.db, DETAILS_KEY, next, now);
    return next;
  }
}
