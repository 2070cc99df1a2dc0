import path from 'node:path';
import type { FilePurpose } from '../../src-shared/desktop-files';

/**
 * The file chooser for "Move to a new PC", as data (no Electron import, so it is tested on plain Node): a
 * save dialog suggesting `<office code>-<date>.sqlite` in the Documents folder for an export, an open dialog
 * for an import. Both show database files first and let any file be picked.
 */
export type FileDialogPlan =
  | { kind: 'save'; options: { title: string; defaultPath: string; filters: FileFilter[] } }
  | { kind: 'open'; options: { title: string; defaultPath: string; filters: FileFilter[]; properties: ['openFile'] } };

interface FileFilter {
  name: string;
  extensions: string[];
}

const FILTERS: FileFilter[] = [
  { name: 'Mikrotik Billing database', extensions: ['sqlite'] },
  { name: 'All files', extensions: ['*'] },
];

export function fileDialogPlan(purpose: FilePurpose, context: { documentsDir: string; officeCode: string | null; today: string }): FileDialogPlan {
  if (purpose === 'export-database') {
    const name = `${context.officeCode ?? 'mikrotik-billing'}-${context.today}.sqlite`;
    return { kind: 'save', options: { title: 'Export all data', defaultPath: path.join(context.documentsDir, name), filters: FILTERS } };
  }
  return { kind: 'open', options: { title: 'Import all data', defaultPath: context.documentsDir, filters: FILTERS, properties: ['openFile'] } };
}

/** A save dialog may return a name without the `.sqlite` the export requires (in lower case): it is added. */
export function withDatabaseExtension(file: string): string {
  if (file.endsWith('.sqlite')) return file;
  return file.toLowerCase().endsWith('.sqlite') ? `${file.slice(0, -'.sqlite'.length)}.sqlite` : `${file}.sqlite`;
}
