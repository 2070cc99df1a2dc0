/**
 * What the Electron preload offers the renderer besides the IPC bridge: the system's file chooser for the
 * whole-database export and import ("Move to a new PC"). Absent in a plain browser (the web bridge), where
 * the path is typed. The answer is a full path, or null when the person cancelled.
 */
export const FILE_PURPOSES = ['export-database', 'import-database'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export interface DesktopFiles {
  chooseFile(purpose: FilePurpose): Promise<string | null>;
}

export function isFilePurpose(value: unknown): value is FilePurpose {
  return typeof value === 'string' && (FILE_PURPOSES as readonly string[]).includes(value);
}
