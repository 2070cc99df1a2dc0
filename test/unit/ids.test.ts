import { describe, expect, it } from 'vitest';
import { isUuidV7, newId } from '../../src-shared/domain/ids';

describe('newId (UUIDv7 from pooled random bytes)', () => {
  it('gives valid, distinct, ascending v7 ids across many pool refills', () => {
    const ids = Array.from({ length: 5_000 }, () => newId());
    expect(ids.every(isUuidV7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('carries the current time in its first 48 bits', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    const msecs = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    // The monotonic counter may carry into the next millisecond, never further than one.
    expect(msecs).toBeGreaterThanOrEqual(before);
    expect(msecs).toBeLessThanOrEqual(after + 1);
  });

  it('does not reuse random bytes between ids', () => {
    const tails = Array.from({ length: 600 }, () => newId().replaceAll('-', '').slice(20));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
