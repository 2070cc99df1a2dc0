import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts the generation worker from wherever the core runs:
 * - the esbuild bundle (Electron): `voucher-generation.cjs` next to main.cjs (an entry of esbuild.config.mjs);
 * - source under tsx or vitest: the TypeScript entry, loaded through a tiny bootstrap that registers tsx,
 *   because worker threads do not inherit the parent's loader.
 */
export function startGenerationWorker(workerData: Record<string, unknown>): Worker {
  // `__dirname` exists only in the CommonJS bundle (and in vitest's module wrapper, where the .cjs is absent).
  const bundled = typeof __dirname === 'string' ? path.join(__dirname, 'voucher-generation.cjs') : null;
  // Packaged with asar: prefer an unpacked copy when electron-builder's asarUnpack lists the worker.
  const unpacked = bundled?.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`) ?? null;
  if (unpacked && unpacked !== bundled && fs.existsSync(unpacked)) return new Worker(unpacked, { workerData });
  if (bundled && fs.existsSync(bundled)) return new Worker(bundled, { workerData });
  const entryUrl = new URL('../workers/voucher-generation.ts', import.meta.url).href;
  return new Worker(new URL('../workers/dev-bootstrap.mjs', import.meta.url), { workerData: { ...workerData, entryUrl } });
}
