import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import type { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { DocLine } from '../../src-main/till/doc-pdf';
import { encodeEscPos, qrCode, toAscii } from '../../src-main/till/escpos';
import { rawQueueArgs, sendRawQueue } from '../../src-main/till/print-out';
import { makeTempDir } from '../support/temp-dir';

const bytes = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const LF = 0x0a;

describe('ESC/POS encoder', () => {
  it('encodes a receipt to exact bytes: init, code page, double title, bold, two columns, rule, feed and cut', () => {
    const lines: DocLine[] = [
      { kind: 'text', left: 'Warnet', large: true, center: true },
      { kind: 'text', left: 'RECEIPT', bold: true, center: true },
      { kind: 'rule' },
      { kind: 'text', left: 'Daily 1h', right: 'Rp\u00a05.000' },
      { kind: 'gap' },
      { kind: 'text', left: 'Café' },
    ];
    const expected = [
      0x1b, 0x40, 0x1b, 0x74, 0x00,
      0x1b, 0x61, 0x01, 0x1d, 0x21, 0x11, 0x1b, 0x45, 0x01, ...bytes('Warnet'), LF, 0x1b, 0x45, 0x00, 0x1d, 0x21, 0x00, 0x1b, 0x61, 0x00,
      0x1b, 0x61, 0x01, 0x1b, 0x45, 0x01, ...bytes('RECEIPT'), LF, 0x1b, 0x45, 0x00, 0x1b, 0x61, 0x00,
      ...bytes('-'.repeat(32)), LF,
      // 32 columns: the amount flush right, the no-break space sent as a plain space.
      ...bytes('Daily 1h                Rp 5.000'), LF,
      LF,
      ...bytes('Cafe'), LF,
      0x1b, 0x64, 0x04, 0x1d, 0x56, 0x01,
    ];
    expect([...encodeEscPos(lines, { roll: '58mm' })]).toEqual(expected);
    expect(bytes('Daily 1h                Rp 5.000')).toHaveLength(32);
  });

  it('uses 48 columns on 80 mm and wraps long text above the amount', () => {
    const out = Buffer.from(encodeEscPos([{ kind: 'text', left: 'A very long plan name that does not fit on one line of the roll', right: '10.000' }], { roll: '80mm' })).toString('latin1');
    const rows = out.slice(5, out.indexOf('\x1bd')).split('\n').filter((row) => row !== '');
    expect(rows).toEqual(['A very long plan name that does not fit', 'on one line of the roll                   10.000']);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(48);
    expect(rows[1]).toHaveLength(48);
  });

  it('falls back to ASCII: accents dropped, other scripts as ?', () => {
    expect(toAscii('Ñoño\u202fRp\u00a01 — 東京')).toBe('Nono Rp 1 ? ??');
  });

  it('appends a QR code with GS ( k (model 2, size, error level M, store, print)', () => {
    const qr = qrCode('R-1A2B', 6);
    expect(qr).toEqual([
      0x1b, 0x61, 0x01,
      0x1d, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00,
      0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, 6,
      0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31,
      0x1d, 0x28, 0x6b, 9, 0, 0x31, 0x50, 0x30, ...bytes('R-1A2B'),
      0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30,
      LF, 0x1b, 0x61, 0x00,
    ]);
    const doc = [...encodeEscPos([{ kind: 'gap' }], { roll: '58mm', qr: 'R-1A2B' })];
    expect(doc.slice(6, 6 + qr.length)).toEqual(qr);
  });
});

/** A stand-in for child_process.spawn that records the call (and the file as lp would read it) and replies like lp. */
function fakeLp(reply: { code: number; stdout?: string; stderr?: string }, calls: Array<{ command: string; args: string[]; file: Buffer }>): typeof spawn {
  return ((command: string, args: string[]) => {
    calls.push({ command, args, file: fs.readFileSync(args.at(-1) ?? '') });
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

describe('ESC/POS to a CUPS raw queue', () => {
  it('runs lp -d <queue> -n <copies> -t <title> -o raw <file> and removes the temp file', async () => {
    expect(rawQueueArgs('/tmp/r.bin', 'Thermal58', 2, 'Receipt R-1')).toEqual(['-d', 'Thermal58', '-n', '2', '-t', 'Receipt R-1', '-o', 'raw', '/tmp/r.bin']);
    const temp = makeTempDir('mb-escpos-');
    try {
      const calls: Array<{ command: string; args: string[]; file: Buffer }> = [];
      const data = encodeEscPos([{ kind: 'text', left: 'hello' }], { roll: '58mm' });
      const job = await sendRawQueue({ queue: 'Thermal58', bytes: data, copies: 1, title: 'R', tempDir: temp.dir }, fakeLp({ code: 0, stdout: 'request id is Thermal58-7 (1 file(s))\n' }, calls));
      expect(job).toEqual({ jobId: 'Thermal58-7' });
      expect(calls[0]?.command).toBe('lp');
      expect(calls[0]?.args.slice(0, -1)).toEqual(['-d', 'Thermal58', '-n', '1', '-t', 'R', '-o', 'raw']);
      expect([...(calls[0]?.file ?? [])]).toEqual([...data]);
      expect(fs.readdirSync(temp.dir)).toEqual([]);
      const refused = sendRawQueue({ queue: 'Nope', bytes: data, copies: 1, title: 'R', tempDir: temp.dir }, fakeLp({ code: 1, stderr: 'lp: The printer or class does not exist.' }, []));
      await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('does not exist') as string });
      expect(fs.readdirSync(temp.dir)).toEqual([]);
    } finally {
      temp.cleanup();
    }
  });
});
