import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDialogPlan, withDatabaseExtension } from '../../src-main/electron/file-dialog-options';
import { isFilePurpose } from '../../src-shared/desktop-files';

const CONTEXT = { documentsDir: path.join('/home', 'kasir', 'Documents'), officeCode: 'WJ', today: '2026-11-25' };

describe('the desktop file chooser for moving to a new PC', () => {
  it('suggests an export named after the office and the day, in Documents, database files first', () => {
    const plan = fileDialogPlan('export-database', CONTEXT);
    expect(plan.kind).toBe('save');
    expect(plan.options.defaultPath).toBe(path.join(CONTEXT.documentsDir, 'WJ-2026-11-25.sqlite'));
    expect(plan.options.filters[0]).toEqual({ name: 'Mikrotik Billing database', extensions: ['sqlite'] });
  });

  it('names the export after the app before the office exists', () => {
    expect(fileDialogPlan('export-database', { ...CONTEXT, officeCode: null }).options.defaultPath).toMatch(/mikrotik-billing-2026-11-25\.sqlite$/);
  });

  it('opens one existing file for an import', () => {
    const plan = fileDialogPlan('import-database', CONTEXT);
    expect(plan).toMatchObject({ kind: 'open', options: { defaultPath: CONTEXT.documentsDir, properties: ['openFile'] } });
  });

  it('adds the .sqlite an export needs when the name was typed without it', () => {
    expect(withDatabaseExtension('/media/usb/kantor')).toBe('/media/usb/kantor.sqlite');
    expect(withDatabaseExtension('/media/usb/kantor.sqlite')).toBe('/media/usb/kantor.sqlite');
    // The export accepts only a lower-case extension.
    expect(withDatabaseExtension('/media/usb/kantor.SQLITE')).toBe('/media/usb/kantor.sqlite');
  });

  it('answers only the two purposes the renderer may ask for', () => {
    expect(isFilePurpose('export-database')).toBe(true);
    expect(isFilePurpose('import-database')).toBe(true);
    expect(isFilePurpose('/etc/passwd')).toBe(false);
    expect(isFilePurpose(undefined)).toBe(false);
  });
});
