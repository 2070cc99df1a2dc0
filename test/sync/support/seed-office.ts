import { createCore } from '../../../src-main/core/create-core';
import { PgCentral } from '../../../src-main/sync/central-client';
import { SyncService } from '../../../src-main/sync/service';
import { makeTempDir } from '../../support/temp-dir';

/**
 * A script for the e2e restore test (test/e2e/sync-bootstrap.spec.ts), run with tsx: plays an office that
 * billed one customer and pushed it to central before its disk died, then throws its data folder away.
 * Input in the environment: MB_SEED_CONNECTION (the office role's `pg` settings as JSON), MB_SEED_CODE,
 * MB_SEED_OWNER (JSON). Prints `pushed N`.
 */
async function main(): Promise<void> {
  const connection = JSON.parse(process.env.MB_SEED_CONNECTION ?? '{}') as Record<string, unknown>;
  const code = process.env.MB_SEED_CODE ?? 'JKT1';
  const owner = JSON.parse(process.env.MB_SEED_OWNER ?? '{}') as Record<string, string>;
  const temp = makeTempDir('mb-seed-office-');
  const core = createCore({ dataDir: temp.dir });
  const central = new PgCentral({ connection });
  try {
    const call = async (name: string, input: unknown): Promise<{ id?: string }> => {
      const result = await core.registry.call({ clientId: 'seed', trusted: true }, name, { input });
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data as { id?: string };
    };
    await call('setup.createOffice', {
      office: { name: 'Warnet Sejahtera', code, currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
      owner,
    });
    const customer = await call('customers.create', { name: 'Dewi Lestari' });
    await call('billing.invoices.create', { customerId: customer.id, lines: [{ description: 'Install', netMinor: 150_000 }] });
    const sync = new SyncService({ sqlite: core.services.sqlite, central, now: () => Date.now() });
    console.log(`pushed ${(await sync.push()).pushed}`);
  } finally {
    await central.close();
    core.close();
    temp.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
