import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UPDATE_CHANNEL, UPDATE_PROVIDER } from '../../src-main/updates/feed';
import { parseVersion } from '../../src-main/updates/version';
import { readIco } from './support/ico';
import { readPngHeader } from './support/png';
import { ICO_SIZES, PNG_SIZE, renderIcons } from './support/icons';

const require = createRequire(import.meta.url);
// electron-builder's own schema check (the one `electron-builder` runs before packaging).
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { warn(message: string): void }): Promise<void>;
};

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraMetadata: Record<string, unknown>;
  extraResources: Array<{ from: string; to: string }>;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { target: Array<{ target: string; arch: string[] }>; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; installerIcon: string; uninstallerIcon: string; artifactName: string };
  linux: { target: string[]; icon: string; category: string };
  publish: Array<{ provider: string; url: string; channel: string }>;
  version?: unknown;
  buildVersion?: unknown;
}

interface PackageJson {
  name: string;
  productName: string;
  version: string;
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const config = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as PackageJson;

describe('electron-builder.yml (packaging cannot run here: no Electron download; the config is checked instead)', () => {
  it('passes electron-builder schema validation', async () => {
    const warnings: string[] = [];
    await validateConfiguration(config, { warn: (message) => warnings.push(message) });
    expect(warnings).toEqual([]);
  });

  it('names the app: appId, productName as in package.json, version only from package.json', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe('Mikrotik Billing');
    expect(pkg.productName).toBe(config.productName);
    expect(parseVersion(pkg.version)).not.toBeNull();
    // No second source of truth for the version (electron-builder and app.getVersion() read package.json).
    expect(config.version).toBeUndefined();
    expect(config.buildVersion).toBeUndefined();
    expect(config.extraMetadata).not.toHaveProperty('version');
    expect(config.extraMetadata.main).toBe(pkg.main);
  });

  it('Windows: an NSIS installer for x64, per user (no admin rights), not one-click', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.artifactName).toContain('${version}');
  });

  it('Linux: AppImage and deb', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
  });

  it('icons exist in resources/ with the sizes each platform needs', () => {
    expect(config.directories.buildResources).toBe('resources');
    const png = readPngHeader(fs.readFileSync(config.linux.icon));
    expect(png).toEqual({ width: PNG_SIZE, height: PNG_SIZE, bitDepth: 8, colourType: 6 });
    for (const file of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]) {
      expect(file).toMatch(/\.ico$/);
      const entries = readIco(fs.readFileSync(file));
      expect(entries.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
      expect(entries.every((entry) => entry.width === entry.height)).toBe(true);
      // Windows needs a 256 px image for large views and the installer; stored as PNG like Explorer expects.
      expect(entries.find((entry) => entry.width === 256)?.format).toBe('png');
    }
  });

  it('the committed icons are exactly what test/packaging/generate-icons.ts draws', () => {
    for (const [name, bytes] of Object.entries(renderIcons())) {
      expect(fs.readFileSync(path.join('resources', name)).equals(bytes), `resources/${name} is stale: run npx tsx test/packaging/generate-icons.ts`).toBe(true);
    }
  });

  it('packs the built main and renderer in the asar, unpacks the native modules and the worker, ships migrations', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**', 'package.json']));
    // node_modules must not be filtered out: electron-builder adds production dependencies itself.
    expect(config.files.some((pattern) => pattern.includes('node_modules'))).toBe(false);
    // esbuild writes the package's main (and the worker that asarUnpack names) under dist/main/.
    const esbuild = fs.readFileSync('esbuild.config.mjs', 'utf8');
    expect(esbuild).toContain("outfile: 'dist/main/main.cjs'");
    expect(esbuild).toContain("outfile: 'dist/main/voucher-generation.cjs'");
    expect(pkg.main).toBe('dist/main/main.cjs');
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/better-sqlite3/**', 'dist/main/voucher-generation.cjs']));
    expect(config.npmRebuild).toBe(true);
    // Runtime modules are dependencies (packed), not devDependencies (left out of the package).
    for (const name of ['better-sqlite3', 'electron-updater', '@node-rs/argon2']) expect(pkg.dependencies, name).toHaveProperty(name);
    expect(pkg.devDependencies).toHaveProperty('electron');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'migrations', to: 'migrations' }), expect.objectContaining({ from: 'resources', to: 'resources' })]),
    );
    expect(fs.existsSync('migrations/meta/_journal.json')).toBe(true);
  });

  it('publishes a generic feed with the channel the update check reads (latest.yml)', () => {
    expect(config.publish).toHaveLength(1);
    const [feed] = config.publish;
    expect(feed?.provider).toBe(UPDATE_PROVIDER);
    expect(feed?.channel).toBe(UPDATE_CHANNEL);
    // A placeholder only: the office sets its own feed in Settings; nothing may go to a real host by default.
    expect(new URL(feed?.url ?? '').hostname.endsWith('.invalid')).toBe(true);
    expect(pkg.scripts.release).toContain('electron-builder --config electron-builder.yml');
  });

  it('the electron-builder CLI is installed and runs', () => {
    const run = spawnSync(path.resolve('node_modules/.bin/electron-builder'), ['--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--linux');
    expect(run.stdout).toContain('--win');
  }, 70_000);
});
