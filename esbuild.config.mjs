// Bundles the Electron main process and preload into CommonJS files under dist/main/.
// Native modules and electron stay external: they are loaded from node_modules at run time.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'info',
  external: ['electron', 'better-sqlite3', '@node-rs/argon2', 'bufferutil', 'utf-8-validate'],
};

await build({ ...shared, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/main/main.cjs' });
await build({ ...shared, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/main/preload.cjs' });
// Voucher generation worker thread: started from main.cjs by file name (src-main/vouchers/worker-launch.ts).
await build({ ...shared, entryPoints: ['src-main/workers/voucher-generation.ts'], outfile: 'dist/main/voucher-generation.cjs' });
