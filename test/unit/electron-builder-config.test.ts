import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// electron-builder's own schema check (the one `electron-builder` runs before packaging).
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { warn(message: string): void }): Promise<void>;
};

interface BuilderConfig {
  win: { target: Array<{ target: string }> };
  linux: { target: string[]; icon: string };
  nsis: { perMachine: boolean; oneClick: boolean };
  extraResources: Array<{ from: string; to: string }>;
  extraMetadata: { main: string };
  npmRebuild: boolean;
  asarUnpack: string[];
  files: string[];
}

const config = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const warnings: string[] = [];
    await validateConfiguration(config, { warn: (message) => warnings.push(message) });
    expect(warnings).toEqual([]);
  });

  it('builds a per-user NSIS installer, an AppImage and a deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(fs.existsSync(config.linux.icon)).toBe(true);
  });

  it('ships migrations and resources, and rebuilds native modules for Electron', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'migrations', to: 'migrations' }),
        expect.objectContaining({ from: 'resources', to: 'resources' }),
      ]),
    );
    expect(fs.existsSync('migrations/meta/_journal.json')).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3'))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { main: string };
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**']));
  });
});
