import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessOf } from '../../src-shared/ipc/access';
import { PROCEDURE_ACCESS } from '../../src-shared/ipc/access.generated';
import { contract } from '../../src-shared/ipc/contract';
import { renderAccessTable } from '../../scripts/gen-procedure-access';

describe('the access table the renderer gates on', () => {
  it('equals the contract: every procedure, its permission and its approvers', () => {
    expect(PROCEDURE_ACCESS).toEqual(accessOf(contract));
  });

  it('is the file the generator writes (run `npm run gen:access` after changing a permission)', () => {
    const onDisk = fs.readFileSync(new URL('../../src-shared/ipc/access.generated.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderAccessTable());
  });

  it('keeps approvals: a void needs a manager or the owner', () => {
    expect(PROCEDURE_ACCESS['till.void'].approvalBy).toEqual(contract['till.void'].approvalBy);
    expect(PROCEDURE_ACCESS['till.void'].approvalBy?.length).toBeGreaterThan(0);
  });
});
