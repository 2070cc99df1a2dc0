import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { encodeQrMask, loginUrl, planQr, QUIET_ZONE } from '../../../src-main/vouchers/print';
import { rowBytes, type QrPlan } from '../../../src-main/vouchers/print/qr';
import { FastQrEncoder } from '../../../src-main/vouchers/print/qr-fast';

function bit(mask: Uint8Array, size: number, row: number, column: number): number {
  return ((mask[row * rowBytes(size) + (column >> 3)] ?? 0) >> (7 - (column & 7))) & 1;
}

describe('QR codes for hotspot logins', () => {
  it('builds the login URL with URL-encoded credentials, password defaulting to the code', () => {
    expect(loginUrl({ code: 'abc123', loginUrlBase: 'http://hotspot.lan/login' })).toBe('http://hotspot.lan/login?username=abc123&password=abc123');
    expect(loginUrl({ code: 'a b&c', password: 'p=1?#', loginUrlBase: ' http://10.5.50.1/login?dst=x ' })).toBe(
      'http://10.5.50.1/login?dst=x&username=a%20b%26c&password=p%3D1%3F%23',
    );
  });

  it('picks the smallest version holding the longest URL of the batch, so every URL fits', () => {
    const urls = ['http://h/login?username=a&password=a', `http://hotspot.lan/login?username=${'x'.repeat(40)}&password=y`];
    const plan = planQr(urls);
    const alone = QRCode.create([{ data: Buffer.from(urls[1] as string), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    expect(plan.version).toBe(alone.version);
    expect(plan.size).toBe(17 + 4 * plan.version + 2 * QUIET_ZONE);
    expect(() => QRCode.create([{ data: Buffer.from(urls[1] as string), mode: 'byte' }], { errorCorrectionLevel: 'M', version: plan.version - 1 })).toThrow();
    for (const url of urls) expect(() => new FastQrEncoder(plan).encode(url)).not.toThrow();
  });

  it('keeps a light quiet zone of 4 modules inside the image', () => {
    const plan = planQr(['http://hotspot.lan/login?username=k1&password=k1']);
    const mask = encodeQrMask('http://hotspot.lan/login?username=k1&password=k1', plan);
    expect(mask.length).toBe(rowBytes(plan.size) * plan.size);
    for (let row = 0; row < plan.size; row += 1) {
      for (let column = 0; column < plan.size; column += 1) {
        const inQuiet = row < QUIET_ZONE || column < QUIET_ZONE || row >= plan.size - QUIET_ZONE || column >= plan.size - QUIET_ZONE;
        if (inQuiet) expect(bit(mask, plan.size, row, column)).toBe(1);
      }
    }
    // The top-left finder pattern's corner is dark (bit 0: an image mask paints zeros).
    expect(bit(mask, plan.size, QUIET_ZONE, QUIET_ZONE)).toBe(0);
  });

  it('fast encoder is bit-identical to qrcode for every version 1-40 and every mask, up to full capacity', () => {
    let compared = 0;
    for (let version = 1; version <= 40; version += 1) {
      for (let maskPattern = 0; maskPattern < 8; maskPattern += 1) {
        const plan: QrPlan = { version, maskPattern: maskPattern as QrPlan['maskPattern'], size: 17 + 4 * version + 2 * QUIET_ZONE };
        const fast = new FastQrEncoder(plan);
        // Large versions are slow in qrcode itself: all lengths for the versions vouchers use, full ones above.
        const lengths = version <= 10 ? [0, 1, Math.floor(fast.capacity / 2), fast.capacity] : [fast.capacity];
        for (const length of lengths) {
          const text = randomBytes(length).toString('latin1').replace(/[^\x20-\x7e]/g, 'q');
          expect(Buffer.from(fast.encode(text)).equals(Buffer.from(encodeQrMask(text, plan))), `v${version} m${maskPattern} len ${length}`).toBe(true);
          compared += 1;
        }
        expect(() => fast.encode('z'.repeat(fast.capacity + 1))).toThrow(RangeError);
      }
    }
    expect(compared).toBe(10 * 8 * 4 + 30 * 8);
  });

  it('encodes UTF-8 credentials the same way as qrcode', () => {
    const url = loginUrl({ code: 'ñandú', password: 'пароль', loginUrlBase: 'http://hotspot.lan/login' });
    const plan = planQr([url]);
    expect(Buffer.from(new FastQrEncoder(plan).encode(url)).equals(Buffer.from(encodeQrMask(url, plan)))).toBe(true);
  });
});
