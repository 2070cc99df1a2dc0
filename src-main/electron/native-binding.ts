import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI, prepared by `npm run prepare:electron` into native/electron/
 * so node_modules keeps the Node build the tests use. Packaged apps are rebuilt by electron-builder and
 * need no override.
 */
export function electronNativeBinding(appPath: string, packaged: boolean): string | undefined {
  if (packaged) return undefined;
  const candidate = path.join(appPath, 'native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}
