import { writeResults, type BenchEntry } from './lib/measure';
import { startupAndIpc } from './suites/startup-and-ipc';
import { routerPush } from './suites/router-push';
import { voucherGeneration } from './suites/voucher-generation';
import { voucherPrint } from './suites/voucher-print';
import { customerSearch } from './suites/customer-search';
import { billingRun } from './suites/billing-run';
import { tillSale } from './suites/till-sale';
import { salesReport } from './suites/sales-report';
import { syncTransfer } from './suites/sync-transfer';
import { coldStart } from './suites/cold-start';

const SUITES = { 'startup-and-ipc': startupAndIpc, 'router-push': routerPush, 'voucher-print': voucherPrint, 'voucher-generation': voucherGeneration, 'customer-search': customerSearch, 'billing-run': billingRun, 'till-sale': tillSale, 'sales-report': salesReport, 'sync-transfer': syncTransfer, 'cold-start': coldStart };

/** Suites named on the command line (`npm run bench -- billing-run till-sale`), or all of them. */
function selectedSuites(): Array<[string, () => Promise<BenchEntry[]>]> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0) throw new Error(`unknown bench suite(s): ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`);
  return Object.entries(SUITES).filter(([name]) => names.length === 0 || names.includes(name));
}

/** `npm run bench`: runs the suites in one process and writes JSON under test/bench/results/. */
async function main(): Promise<void> {
  for (const [name, run] of selectedSuites()) {
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
