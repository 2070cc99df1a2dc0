import { v7 as uuidv7, validate, version } from 'uuid';

/**
 * Random bytes for ids, drawn from the platform in blocks: `uuid.v7()` asks `crypto.getRandomValues`
 * for 16 bytes per id, and that call (not the id itself) dominated bulk writers such as the billing
 * run (P6: ~3 ids per invoice). 256 ids per refill; each id still gets its own fresh random bytes.
 */
const POOL_IDS = 256;
const pool = new Uint8Array(16 * POOL_IDS);
let poolNext = POOL_IDS;

function pooledRandom(): Uint8Array {
  if (poolNext === POOL_IDS) {
    crypto.getRandomValues(pool);
    poolNext = 0;
  }
  const start = poolNext * 16;
  poolNext += 1;
  return pool.subarray(start, start + 16);
}

/** The same monotonic state `uuid.v7()` keeps internally, so ids of one process still ascend. */
const state = { msecs: -Infinity, seq: 0 };

/** Time-ordered UUIDv7: sortable, client-generated, safe to merge across offices. */
export function newId(): string {
  const random = pooledRandom();
  const now = Date.now();
  if (now > state.msecs) {
    // As uuid does: a fresh 31-bit counter start from the random bytes at each new millisecond.
    state.seq = (((random[6] as number) & 0x7f) << 24) | ((random[7] as number) << 16) | ((random[8] as number) << 8) | (random[9] as number);
    state.msecs = now;
  } else {
    state.seq = (state.seq + 1) | 0;
    if (state.seq === 0) state.msecs += 1;
  }
  return uuidv7({ random, msecs: state.msecs, seq: state.seq });
}

export function isUuidV7(value: string): boolean {
  return validate(value) && version(value) === 7;
}
