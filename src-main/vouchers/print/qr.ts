import QRCode from 'qrcode';
import type { QRCodeMaskPattern } from 'qrcode';
import type { PrintCard } from './types';

/** Phones need a light border of at least 4 modules; it is part of the image so no layout can eat it. */
export const QUIET_ZONE = 4;

/** The hotspot login URL with the card's credentials (MikroTik's login page accepts them as GET parameters). */
export function loginUrl(card: Pick<PrintCard, 'code' | 'password' | 'loginUrlBase'>): string {
  const base = card.loginUrlBase.trim();
  const separator = base.includes('?') ? '&' : '?';
  const password = card.password ?? card.code;
  return `${base}${separator}username=${encodeURIComponent(card.code)}&password=${encodeURIComponent(password)}`;
}

export interface QrPlan {
  version: number;
  maskPattern: QRCodeMaskPattern;
  /** Modules per side including the quiet zone: the image width and height in pixels. */
  size: number;
}

/**
 * One version and one mask for the whole batch. Searching the 8 masks per code is ~5× the cost of encoding
 * (docs/guide/performance.md) and any mask decodes; the version is the smallest that holds the longest URL,
 * in byte mode so capacity depends on the byte length alone and every URL of the batch fits.
 */
export function planQr(urls: readonly string[]): QrPlan {
  let longest = '';
  let longestBytes = -1;
  for (const url of urls) {
    const bytes = Buffer.byteLength(url, 'utf8');
    if (bytes > longestBytes) {
      longest = url;
      longestBytes = bytes;
    }
  }
  const probe = QRCode.create([{ data: Buffer.from(longest, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const maskPattern = (probe.maskPattern ?? 0) as QRCodeMaskPattern;
  return { version: probe.version, maskPattern, size: probe.modules.size + 2 * QUIET_ZONE };
}

/** Bytes per image row: PDF pads every row of a 1-bit image to a whole byte. */
export function rowBytes(size: number): number {
  return (size + 7) >> 3;
}

/**
 * The QR as a 1-bit image mask, top row first. With ImageMask the fill colour paints where a bit is 0,
 * so dark modules are 0 and the quiet zone and light modules are 1.
 */
export function encodeQrMask(url: string, plan: QrPlan): Uint8Array {
  const qr = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    version: plan.version,
    maskPattern: plan.maskPattern,
  });
  const modules = qr.modules;
  const n = modules.size;
  const stride = rowBytes(plan.size);
  const out = new Uint8Array(stride * plan.size).fill(0xff);
  const data = modules.data;
  for (let row = 0; row < n; row += 1) {
    const rowOffset = (row + QUIET_ZONE) * stride;
    for (let column = 0; column < n; column += 1) {
      if (data[row * n + column]) {
        const x = column + QUIET_ZONE;
        const index = rowOffset + (x >> 3);
        out[index] = (out[index] ?? 0) & ~(0x80 >> (x & 7));
      }
    }
  }
  return out;
}
