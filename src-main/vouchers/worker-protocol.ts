import type { ErrorCode } from '../../src-shared/ipc/result';
import type { GenerationPhase } from '../../src-shared/ipc/schemas/vouchers';

/** Messages from the generation worker to the main thread. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: GenerationPhase }
  | { type: 'done'; count: number; firstSerial: number; lastSerial: number }
  | { type: 'cancelled' }
  | { type: 'error'; code: ErrorCode | 'INTERNAL'; message: string; details?: unknown };
