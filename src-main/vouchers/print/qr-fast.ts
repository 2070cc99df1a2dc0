import QRCode from 'qrcode';
import { QUIET_ZONE, rowBytes, type QrPlan } from './qr';

/**
 * A byte-mode, level-M QR encoder specialised for one version and one mask, writing the PDF image mask
 * directly. With version, level and mask fixed, everything but the data modules is identical for every
 * code of a batch: the finder/timing/alignment patterns, format and version information, the zigzag order
 * of data modules and the mask bit at each. They are taken once from a `qrcode` symbol (so the layout is
 * the reference implementation's); per code only the codewords (Reed-Solomon with a precomputed generator)
 * are computed and placed. ~10× faster than `qrcode` with a fixed mask; tests check it is bit-identical.
 */

/** Level M error-correction codewords per block and block counts, versions 1-40 (ISO/IEC 18004 table 9). */
const ECC_PER_BLOCK_M = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28];
const BLOCKS_M = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49];

const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i += 1) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i += 1) EXP[i] = EXP[i - 255] ?? 0;
}

function gfMul(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : (EXP[(LOG[a] ?? 0) + (LOG[b] ?? 0)] ?? 0);
}

/** Generator polynomial coefficients (highest degree first, leading 1 dropped) for `degree` EC codewords. */
function rsGenerator(degree: number): Uint8Array {
  const result = new Uint8Array(degree);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i += 1) {
    for (let j = 0; j < degree; j += 1) {
      result[j] = gfMul(result[j] ?? 0, root) ^ (result[j + 1] ?? 0);
    }
    root = gfMul(root, 2);
  }
  return result;
}

function rsRemainder(data: Uint8Array, start: number, length: number, generator: Uint8Array, out: Uint8Array): void {
  out.fill(0);
  const degree = generator.length;
  for (let i = 0; i < length; i += 1) {
    const factor = (data[start + i] ?? 0) ^ (out[0] ?? 0);
    out.copyWithin(0, 1);
    out[degree - 1] = 0;
    if (factor === 0) continue;
    const logFactor = LOG[factor] ?? 0;
    for (let j = 0; j < degree; j += 1) {
      const g = generator[j] ?? 0;
      if (g !== 0) out[j] = (out[j] ?? 0) ^ (EXP[(LOG[g] ?? 0) + logFactor] ?? 0);
    }
  }
}

function maskBit(pattern: number, i: number, j: number): boolean {
  switch (pattern) {
    case 0: return (i + j) % 2 === 0;
    case 1: return i % 2 === 0;
    case 2: return j % 3 === 0;
    case 3: return (i + j) % 3 === 0;
    case 4: return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5: return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6: return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default: return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

export class FastQrEncoder {
  private readonly template: Uint8Array;
  /** Per data module in placement order: byte index into the mask image, bit within it, mask value. */
  private readonly byteIndex: Int32Array;
  private readonly bitMask: Uint8Array;
  private readonly masked: Uint8Array;
  private readonly dataCodewords: number;
  private readonly totalCodewords: number;
  private readonly blocks: number;
  private readonly eccLength: number;
  private readonly generator: Uint8Array;
  private readonly countBits: number;
  private readonly data: Uint8Array;
  private readonly ecc: Uint8Array;
  private readonly interleaved: Uint8Array;

  constructor(readonly plan: QrPlan) {
    const reference = QRCode.create([{ data: Buffer.from('x'), mode: 'byte' }], {
      errorCorrectionLevel: 'M',
      version: plan.version,
      maskPattern: plan.maskPattern,
    });
    const { size: n, data, reservedBit } = reference.modules;
    const stride = rowBytes(plan.size);
    this.template = new Uint8Array(stride * plan.size).fill(0xff);
    const at = (row: number, column: number): [number, number] => {
      const x = column + QUIET_ZONE;
      return [(row + QUIET_ZONE) * stride + (x >> 3), 0x80 >> (x & 7)];
    };
    for (let row = 0; row < n; row += 1) {
      for (let column = 0; column < n; column += 1) {
        if (reservedBit[row * n + column] && data[row * n + column]) {
          const [index, bit] = at(row, column);
          this.template[index] = (this.template[index] ?? 0) & ~bit;
        }
      }
    }
    // Zigzag: two-module columns from the right, alternately upwards and downwards, skipping the timing column.
    const indices: number[] = [];
    const bits: number[] = [];
    const masks: number[] = [];
    for (let right = n - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const upward = ((right + 1) & 2) === 0;
      for (let vert = 0; vert < n; vert += 1) {
        for (let k = 0; k < 2; k += 1) {
          const column = right - k;
          const row = upward ? n - 1 - vert : vert;
          if (reservedBit[row * n + column]) continue;
          const [index, bit] = at(row, column);
          indices.push(index);
          bits.push(bit);
          masks.push(maskBit(plan.maskPattern, row, column) ? 1 : 0);
        }
      }
    }
    this.byteIndex = Int32Array.from(indices);
    this.bitMask = Uint8Array.from(bits);
    this.masked = Uint8Array.from(masks);
    this.totalCodewords = Math.floor(indices.length / 8);
    this.blocks = BLOCKS_M[plan.version - 1] ?? 1;
    this.eccLength = ECC_PER_BLOCK_M[plan.version - 1] ?? 10;
    this.dataCodewords = this.totalCodewords - this.blocks * this.eccLength;
    this.generator = rsGenerator(this.eccLength);
    this.countBits = plan.version < 10 ? 8 : 16;
    this.data = new Uint8Array(this.dataCodewords);
    this.ecc = new Uint8Array(this.eccLength);
    this.interleaved = new Uint8Array(this.totalCodewords);
  }

  /** Bytes the version holds in byte mode at level M. */
  get capacity(): number {
    return Math.floor((this.dataCodewords * 8 - 4 - this.countBits) / 8);
  }

  encode(text: string): Uint8Array {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > this.capacity) throw new RangeError(`QR version ${this.plan.version} holds ${this.capacity} bytes, got ${bytes.length}`);
    this.fillData(bytes);
    this.interleave();
    const out = this.template.slice();
    const codewordBits = this.totalCodewords * 8;
    const count = this.byteIndex.length;
    for (let k = 0; k < count; k += 1) {
      const bit = k < codewordBits ? ((this.interleaved[k >> 3] ?? 0) >> (7 - (k & 7))) & 1 : 0;
      if (bit ^ (this.masked[k] ?? 0)) {
        const index = this.byteIndex[k] ?? 0;
        out[index] = (out[index] ?? 0) & ~(this.bitMask[k] ?? 0);
      }
    }
    return out;
  }

  /** Mode 0100, count, bytes, terminator, then 0xEC/0x11 padding to the data capacity. */
  private fillData(bytes: Uint8Array): void {
    const data = this.data;
    data.fill(0);
    let bitLength = 0;
    const put = (value: number, length: number): void => {
      for (let i = length - 1; i >= 0; i -= 1) {
        if ((value >>> i) & 1) {
          const index = bitLength >> 3;
          data[index] = (data[index] ?? 0) | (0x80 >> (bitLength & 7));
        }
        bitLength += 1;
      }
    };
    put(0b0100, 4);
    put(bytes.length, this.countBits);
    for (const byte of bytes) put(byte, 8);
    bitLength = Math.min(bitLength + 4, this.dataCodewords * 8);
    let next = (bitLength + 7) >> 3;
    for (let pad = 0xec; next < this.dataCodewords; next += 1, pad ^= 0xec ^ 0x11) data[next] = pad;
  }

  /** Splits data into blocks (short ones first), appends each block's EC codewords, interleaves both. */
  private interleave(): void {
    const { blocks, eccLength, totalCodewords, data, ecc, interleaved } = this;
    const shortBlocks = blocks - (totalCodewords % blocks);
    const shortData = Math.floor(totalCodewords / blocks) - eccLength;
    let offset = 0;
    for (let b = 0; b < blocks; b += 1) {
      const length = shortData + (b < shortBlocks ? 0 : 1);
      for (let i = 0; i < length; i += 1) {
        // Column i of the data part: all blocks' i-th codewords, skipping short blocks at the last column.
        const position = i < shortData ? i * blocks + b : shortData * blocks + (b - shortBlocks);
        interleaved[position] = data[offset + i] ?? 0;
      }
      rsRemainder(data, offset, length, this.generator, ecc);
      for (let i = 0; i < eccLength; i += 1) interleaved[this.dataCodewords + i * blocks + b] = ecc[i] ?? 0;
      offset += length;
    }
  }
}
