// Builds better-sqlite3 for Electron's ABI into native/electron/ without touching node_modules,
// so `npm test` (Node) and `npm start` (Electron) work from one install. Needs the Electron headers,
// which node-gyp downloads once from electronjs.org (not reachable on the CI machines: see README).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = process.cwd();
const electronVersion = require('electron/package.json').version;
const outDir = path.join(root, 'native', 'electron');
const stamp = path.join(outDir, 'electron-version.txt');
const binary = path.join(outDir, 'better_sqlite3.node');

if (fs.existsSync(binary) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready`);
  process.exit(0);
}

const workDir = path.join(root, 'native', 'build', 'better-sqlite3');
fs.rmSync(workDir, { recursive: true, force: true });
fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), workDir, { recursive: true });
fs.rmSync(path.join(workDir, 'build'), { recursive: true, force: true });
console.log(`building better-sqlite3 for Electron ${electronVersion} (once)...`);
execFileSync(
  process.execPath,
  [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: workDir, stdio: 'inherit' },
);
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(path.join(workDir, 'build', 'Release', 'better_sqlite3.node'), binary);
fs.writeFileSync(stamp, electronVersion);
console.log(`wrote ${path.relative(root, binary)}`);
