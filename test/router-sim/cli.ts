// `tsx test/router-sim/cli.ts --port 8728 --version 7.18.1 --user admin:secret`
// Starts the simulator on 127.0.0.1 for manual runs of the desktop app against a "router".
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startRouterSim, type RouterSimOptions } from './index';

const HELP = `RouterOS API simulator (listens on 127.0.0.1 only)

  --port N            API port (default 8728; 0 = random)
  --version V         RouterOS version, e.g. 6.40, 6.49.10, 7.9, 7.16.2, 7.18.1 (default 7.16.2)
  --user NAME:PASS    API login, repeatable (default admin:admin)
  --identity NAME     /system/identity name (default MikroTik)
  --tag-last          put .tag= last in reply sentences instead of right after the reply word
  --latency MS        delay before every reply sentence
  --split MODE        none | bytewise | N (write replies in N-byte pieces)
  --tls-key FILE      with --tls-cert: also serve API-SSL on a random 127.0.0.1 port
  --tls-cert FILE
  --help`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      version: { type: 'string' },
      user: { type: 'string', multiple: true },
      identity: { type: 'string' },
      'tag-last': { type: 'boolean' },
      latency: { type: 'string' },
      split: { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-cert': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }

  const options: RouterSimOptions = { port: values.port === undefined ? 8728 : Number(values.port) };
  if (!Number.isInteger(options.port) || (options.port ?? 0) < 0 || (options.port ?? 0) > 65535) fail('invalid --port');
  if (values.version) options.version = values.version;
  if (values.identity) options.identity = values.identity;
  if (values['tag-last']) options.tagPosition = 'last';
  if (values.user && values.user.length > 0) {
    const users: Record<string, string> = {};
    for (const u of values.user) {
      const colon = u.indexOf(':');
      if (colon <= 0) fail(`--user needs NAME:PASSWORD, got ${u}`);
      users[u.slice(0, colon)] = u.slice(colon + 1);
    }
    options.users = users;
  }
  const faults: RouterSimOptions['faults'] = {};
  if (values.latency !== undefined) faults.replyLatencyMs = Number(values.latency);
  if (values.split !== undefined) {
    faults.splitWrites = values.split === 'none' || values.split === 'bytewise' ? values.split : Number(values.split);
  }
  options.faults = faults;
  if (values['tls-key'] || values['tls-cert']) {
    if (!values['tls-key'] || !values['tls-cert']) fail('--tls-key and --tls-cert go together');
    options.tls = { key: readFileSync(values['tls-key'], 'utf8'), cert: readFileSync(values['tls-cert'], 'utf8') };
  }

  const sim = await startRouterSim(options);
  const users = Object.keys(options.users ?? { admin: 'admin' }).join(', ');
  process.stdout.write(
    `RouterOS simulator ${options.version ?? '7.16.2'} listening on ${sim.host}:${sim.port}` +
      (sim.tlsPort !== null ? ` (API-SSL on ${sim.host}:${sim.tlsPort})` : '') +
      ` - users: ${users}\n`,
  );
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`router-sim: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
