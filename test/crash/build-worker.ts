import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { makeTempDir } from '../support/temp-dir';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles the crash worker into one CommonJS file, the way esbuild.config.mjs bundles the app's main
 * process: Node then starts it in well under a second, where loading the core's few hundred modules
 * through tsx takes seconds (on every one of 200 starts). The voucher generation worker thread is
 * bundled next to it, where worker-launch.ts looks for it in a bundle. Native modules resolve through
 * a `node_modules` link to the repository's.
 */
export async function buildWorker(): Promise<{ file: string; cleanup: () => void }> {
  const out = makeTempDir('mb-crash-build-');
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(out.dir, 'node_modules'), 'dir');
  // As esbuild.config.mjs: only native modules stay external (loading hundreds of package files costs too).
  const shared: BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron', 'better-sqlite3', '@node-rs/argon2', 'bufferutil', 'utf-8-validate'], logLevel: 'error' };
  await build({ ...shared, entryPoints: [path.join(REPO_ROOT, 'test/crash/worker.ts')], outfile: path.join(out.dir, 'crash-worker.cjs') });
  await build({ ...shared, entryPoints: [path.join(REPO_ROOT, 'src-main/workers/voucher-generation.ts')], outfile: path.join(out.dir, 'voucher-generation.cjs') });
  return { file: path.join(out.dir, 'crash-worker.cjs'), cleanup: out.cleanup };
}
