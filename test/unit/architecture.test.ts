import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries are enforced by the linter', () => {
  it('refuses electron outside src-main/electron/', async () => {
    const code = "import { app } from 'electron';\nexport const name = app.getName();\n";
    expect(await restrictedImports('src-main/core/x.ts', code)).toHaveLength(1);
    expect(await restrictedImports('src-shared/x.ts', code)).toHaveLength(1);
    expect(await restrictedImports('src-renderer/src/x.ts', code)).toHaveLength(1);
    expect(await restrictedImports('src-main/electron/x.ts', code)).toHaveLength(0);
  });

  it('refuses Node built-ins in src-shared and the renderer, and main code in shared', async () => {
    const node = "import fs from 'node:fs';\nimport path from 'path';\nexport const x = [fs, path];\n";
    expect(await restrictedImports('src-shared/domain/x.ts', node)).toHaveLength(2);
    expect(await restrictedImports('src-renderer/src/x.ts', node)).toHaveLength(2);
    expect(await restrictedImports('src-main/core/x.ts', node)).toHaveLength(0);
    const reach = "import { createCore } from '../../src-main/core/create-core';\nexport const c = createCore;\n";
    expect(await restrictedImports('src-shared/ipc/x.ts', reach)).toHaveLength(1);
  });
});
