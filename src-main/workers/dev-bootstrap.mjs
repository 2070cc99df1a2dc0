// Loads a TypeScript worker entry when the app runs from source (tsx, vitest): worker threads do not
// inherit the parent's TypeScript loader. The esbuild bundle starts its .cjs worker directly instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entryUrl);
