import { spawnSync, type spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLpArgs, printPdf, renderVoucherPdf } from '../../../src-main/vouchers/print';
import { PrintSpoolError } from '../../../src-main/vouchers/print/spooler';
import { makeTempDir } from '../../support/temp-dir';
import { decodeQrCodes, renderPage, sampleCards, template, writePdf } from './tools';

const temp = makeTempDir('mb-spool-');
afterAll(() => temp.cleanup());

/** A stand-in for child_process.spawn that records the call and replies like lp. */
function fakeSpawn(reply: { code: number; stdout?: string; stderr?: string }, calls: unknown[][]): typeof spawn {
  return ((command: string, args: string[], options: unknown) => {
    calls.push([command, args, options]);
    const child = new EventEmitter() as EventEmitter & { stdout: PassThrough; stderr: PassThrough };
    child.stdout = new PassThrough();
    child.stderr = new PassThrough();
    setImmediate(() => {
      child.stdout.end(reply.stdout ?? '');
      child.stderr.end(reply.stderr ?? '');
      child.emit('close', reply.code);
    });
    return child;
  }) as unknown as typeof spawn;
}

describe('printing through the system spooler (lp)', () => {
  it('builds an argument vector: printer, copies, title, options, absolute file last', () => {
    expect(buildLpArgs('out/v.pdf', { printer: 'Office_Laser', copies: 2, title: 'Batch B-1\nx', options: { media: 'A4', 'fit-to-page': 'true' } })).toEqual([
      '-d', 'Office_Laser', '-n', '2', '-t', 'Batch B-1 x', '-o', 'media=A4', '-o', 'fit-to-page=true', path.resolve('out/v.pdf'),
    ]);
    expect(buildLpArgs('/tmp/a.pdf')).toEqual(['-n', '1', '/tmp/a.pdf']);
    // A file named like an option stays a file.
    expect(buildLpArgs('-d evil.pdf').at(-1)).toBe(path.resolve('-d evil.pdf'));
  });

  it('refuses queue names, copies and options that lp would misread', () => {
    for (const printer of ['two words', 'a/b', 'x#1', '', 'q"']) expect(() => buildLpArgs('a.pdf', { printer })).toThrow(PrintSpoolError);
    for (const copies of [0, -1, 1.5, 1000]) expect(() => buildLpArgs('a.pdf', { copies })).toThrow(/copies/);
    expect(() => buildLpArgs('a.pdf', { options: { 'media a': 'A4' } })).toThrow(PrintSpoolError);
    expect(() => buildLpArgs('a.pdf', { options: { media: 'A4 -d x' } })).toThrow(PrintSpoolError);
  });

  it('spawns lp without a shell and returns the job id', async () => {
    const calls: unknown[][] = [];
    const job = await printPdf('/tmp/v.pdf', { printer: 'Thermal58', copies: 3 }, fakeSpawn({ code: 0, stdout: 'request id is Thermal58-42 (1 file(s))\n' }, calls));
    expect(job).toEqual({ jobId: 'Thermal58-42' });
    expect(calls[0]?.[0]).toBe('lp');
    expect(calls[0]?.[1]).toEqual(['-d', 'Thermal58', '-n', '3', '/tmp/v.pdf']);
    expect((calls[0]?.[2] as { shell?: boolean }).shell).toBeUndefined();
  });

  it("passes lp's own error message on", async () => {
    const run = printPdf('/tmp/v.pdf', { printer: 'Nope' }, fakeSpawn({ code: 1, stderr: 'lp: The printer or class does not exist.\n' }, []));
    await expect(run).rejects.toThrow('lp: The printer or class does not exist.');
  });
});

/** The CUPS-PDF queue, when this machine has CUPS running with printer-driver-cups-pdf (see docs/decisions/0008). */
function cupsPdfQueue(): string | undefined {
  const result = spawnSync('lpstat', ['-v'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return /device for (\S+): cups-pdf:\//.exec(result.stdout)?.[1];
}

const queue = cupsPdfQueue();

describe.skipIf(!queue)('printing into a real CUPS-PDF queue (skipped when the machine has no CUPS-PDF queue)', () => {
  it('prints a voucher sheet and the printed PDF still has scannable QR codes', async () => {
    const cards = sampleCards(1);
    const file = writePdf(temp.dir, 'cups.pdf', (await renderVoucherPdf(template({ kind: 'thermal', widthMm: 80, sideMarginMm: 3, feedMm: 4 }), cards)).pdf);
    const title = `mbtest${Date.now()}`;
    const job = await printPdf(file, { printer: queue, title });
    expect(job.jobId).toMatch(new RegExp(`^${queue}-\\d+$`));
    // cups-pdf writes ~/PDF/<title>*.pdf for the submitting user while the job runs: wait until it completes.
    const outDir = path.join(os.homedir(), 'PDF');
    let printed: string | undefined;
    for (let i = 0; i < 150; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const pending = spawnSync('lpstat', ['-o', queue as string], { encoding: 'utf8' }).stdout;
      if (pending.includes(job.jobId as string)) continue;
      printed = fs.existsSync(outDir) ? fs.readdirSync(outDir).find((name) => name.startsWith(title)) : undefined;
      if (printed) break;
    }
    expect(printed, `no ${title}*.pdf in ${outDir}`).toBeDefined();
    const out = path.join(outDir, printed as string);
    try {
      expect(decodeQrCodes(renderPage(out, 1, temp.dir))).toEqual([`http://hotspot.lan/login?username=${cards[0]?.code}&password=${cards[0]?.code}`]);
    } finally {
      fs.rmSync(out, { force: true });
    }
  }, 60_000);
});
