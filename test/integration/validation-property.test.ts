import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from '../../src-shared/ipc/contract';
import { startOfficeWithStaff } from '../support/core-harness';

const RUNS_PER_PROCEDURE = 200;

/** Random JSON-ish values, plus objects shaped like real inputs with wrong or extra fields. */
const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom('username', 'password', 'id', 'role', 'limit', 'office', 'owner', 'newPassword', 'idleLockMinutes', 'x'),
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.object()),
  ),
);

describe('every procedure refuses invalid input with VALIDATION and writes nothing', () => {
  it.each(PROCEDURE_NAMES)('%s', async (name) => {
    const h = await startOfficeWithStaff();
    const schema = contract[name].input;
    await fc.assert(
      fc.asyncProperty(
        anyValue.filter((value) => !schema.safeParse(value).success),
        async (input) => {
          const before = h.changes();
          // The owner may call everything, so only the input decides the outcome.
          const result = await h.core.registry.call({ clientId: 'owner', trusted: true }, name, { input });
          expect(result.ok ? 'OK' : result.error.code).toBe('VALIDATION');
          expect(h.changes()).toBe(before);
        },
      ),
      { numRuns: RUNS_PER_PROCEDURE, seed: 20261124 },
    );
  });

  it('a malformed envelope is a VALIDATION error too', async () => {
    const h = await startOfficeWithStaff();
    for (const envelope of [null, 42, 'x', [], { input: {}, extra: 1 }, { input: {}, approvalToken: 5 }]) {
      const result = await h.core.registry.call({ clientId: 'owner', trusted: true }, 'operators.list', envelope);
      expect(result.ok ? 'OK' : result.error.code).toBe('VALIDATION');
    }
  });
});
