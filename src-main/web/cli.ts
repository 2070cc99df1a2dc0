import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MovableClock } from '../core/clock';
import { createCore, type Core, type CoreOptions } from '../core/create-core';
import { createConsoleLogger } from '../core/logger';
import { describeStartupError } from '../core/startup-error';
import { AppError } from '../../src-shared/ipc/result';
import { startErrorPage } from './error-page';
import { startWebBridge, type WebBridge, type WebBridgeOptions } from './server';
import { parseTestClockStart, TEST_CLOCK_PATH } from './test-clock';

/**
 * `npm run web`: the real renderer in an ordinary browser, over the loopback bridge.
 * Prints the address (with its per-launch token) and a machine-readable READY line for tests.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      'migrations-dir': { type: 'string' },
      'idle-lock-ms': { type: 'string' },
      // Tests only: start the office clock at this ISO instant and serve TEST_CLOCK_PATH to move it.
      'test-clock': { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.MB_DATA_DIR ?? '.data');
  const rendererDir = path.resolve(values['renderer-dir'] ?? 'dist/renderer');
  const port = Number(values.port ?? 0);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`renderer build not found in ${rendererDir}: run "npm run build:renderer" first`);
  }
  const idleLockMs = values['idle-lock-ms'] ? Number(values['idle-lock-ms']) : undefined;
  const testClock = values['test-clock'] === undefined ? undefined : new MovableClock(parseTestClockStart(values['test-clock']));

  let core: Core;
  // Set once the bridge listens; the restart hook (only called later, on a restore) serves the new core.
  const served: { bridge?: WebBridge } = {};
  const coreOptions: CoreOptions = {
    dataDir,
    logger: createConsoleLogger(),
    appVersion: readVersion(),
    ...(values['migrations-dir'] ? { migrationsFolder: path.resolve(values['migrations-dir']) } : {}),
    ...(idleLockMs ? { idleLockMsOverride: idleLockMs } : {}),
    ...(testClock ? { clock: testClock } : {}),
    // A restore was staged: close this core, start a new one (createCore swaps the file in), serve it.
    onRestartRequested: () => {
      core.close();
      try {
        core = createCore(coreOptions);
      } catch (error) {
        // The restored file would not open: the safety copy is in backups/; say so and stop.
        process.stderr.write(`Mikrotik Billing could not restart after the restore: ${describeStartupError(error)}\n`);
        process.exit(1);
      }
      core.startBackground();
      served.bridge?.replaceCore(core);
      process.stdout.write('MB_CORE_RESTARTED\n');
    },
  };
  try {
    core = createCore(coreOptions);
  } catch (error) {
    // Another copy holds this data folder: say so and stop (an error page would be a second copy).
    if (error instanceof AppError && error.code === 'ALREADY_RUNNING') {
      process.stderr.write(`Mikrotik Billing could not start: ${error.message}\n`);
      process.exit(2);
    }
    await serveStartupError(error, port);
    return;
  }
  core.startBackground();
  const bridge = await startWebBridge({ core, rendererDir, port, ...withTestClock(() => core, testClock) });
  served.bridge = bridge;
  announce(`Mikrotik Billing is running for data folder ${dataDir}`, bridge.url, bridge.port);
  // Graceful: new calls are refused, in-flight ones answer over the still-open bridge, then all closes.
  onShutdown(async () => {
    await core.shutdown();
    await bridge.close();
  });
}

/** With `--test-clock`: the bridge serves its control, and every move lets the (current) core react (locks, billing). */
function withTestClock(core: () => Core, clock: MovableClock | undefined): Pick<WebBridgeOptions, 'testClock'> {
  if (!clock) return {};
  process.stdout.write(`TEST CLOCK (tests only): the app's clock reads ${new Date(clock.now()).toISOString()} and moves at ${TEST_CLOCK_PATH}\n`);
  return { testClock: { clock, onMoved: () => core().timeChanged() } };
}

/** The core did not start: explain it on the console and in the browser, keep the data untouched. */
async function serveStartupError(error: unknown, port: number): Promise<void> {
  const detail = describeStartupError(error);
  process.stderr.write(`Mikrotik Billing could not start: ${detail}\n`);
  const page = await startErrorPage('Mikrotik Billing could not open its database', detail, port);
  announce('Mikrotik Billing could not start; the error page is at', page.url, port);
  onShutdown(page.close);
}

function announce(message: string, url: string, port: number): void {
  process.stdout.write(`${message}\nOpen ${url}\n`);
  process.stdout.write(`MB_WEB_READY ${JSON.stringify({ url, port })}\n`);
}

/** SIGINT and SIGTERM (a second Ctrl+C too) run the close once; the process exits when it is done. */
function onShutdown(close: () => Promise<void>): void {
  let closing: Promise<void> | undefined;
  const shutdown = (): void => {
    if (closing) return;
    process.stdout.write('MB_SHUTTING_DOWN\n');
    closing = close();
    void closing.then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Mikrotik Billing did not close cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0-dev';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Mikrotik Billing could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
