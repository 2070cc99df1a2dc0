import fs from 'node:fs';
import path from 'node:path';

/** Every line of every log file in the folder, oldest file first, parsed. */
export function readLogLines(dir: string): Array<Record<string, unknown>> {
  return logFileNames(dir)
    .reverse()
    .flatMap((name) => fs.readFileSync(path.join(dir, name), 'utf8').split('\n'))
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The app.<date>.<n>.log files, newest first. */
export function logFileNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /^app\.\d{4}-\d{2}-\d{2}\.\d+\.log$/.test(name))
    .sort((a, b) => {
      const [, dateA = '', numberA = '0'] = /^app\.(.+)\.(\d+)\.log$/.exec(a) ?? [];
      const [, dateB = '', numberB = '0'] = /^app\.(.+)\.(\d+)\.log$/.exec(b) ?? [];
      return dateA === dateB ? Number(numberB) - Number(numberA) : dateA < dateB ? 1 : -1;
    });
}

/** Polls until the condition holds (pino-roll removes old files asynchronously after a roll). */
export async function eventually(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
