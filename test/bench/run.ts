import { writeResults } from './lib/measure';
import { startupAndIpc } from './suites/startup-and-ipc';
import { routerPush } from './suites/router-push';
import { voucherGeneration } from './suites/voucher-generation';
import { voucherPrint } from './suites/voucher-print';
import { customerSearch } from './suites/customer-search';
import { billingRun } from './suites/billing-run';
import { tillSale } from './suites/till-sale';

/** `npm run bench`: runs every suite in one process and writes JSON under test/bench/results/. */
async function main(): Promise<void> {
  const suites = { 'startup-and-ipc': startupAndIpc, 'router-push': routerPush, 'voucher-print': voucherPrint, 'voucher-generation': voucherGeneration, 'customer-search': customerSearch, 'billing-run': billingRun, 'till-sale': tillSale };
  for (const [name, run] of Object.entries(suites)) {
    const entries = await run();
    const file = writeResults(name, entries);
    for (const entry of entries) {
      if ('skipped' in entry) console.log(`${name}: ${entry.name}: skipped (${entry.skipped})`);
      else console.log(`${name}: ${entry.name}: median ${entry.median} ${entry.unit}, p95 ${entry.p95} ${entry.unit} over ${entry.runs} runs`);
    }
    console.log(`wrote ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
