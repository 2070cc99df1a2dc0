import { encodePng, readPngHeader, type Rgba } from './png';

/**
 * A Windows .ico holding several sizes. 256 px is stored as PNG (Vista and later); smaller sizes as
 * classic 32-bit BMP entries, which every tool (NSIS, Explorer, rcedit) reads.
 */
export function encodeIco(images: readonly Rgba[]): Buffer {
  const bodies = images.map((image) => (image.width >= 256 ? encodePng(image) : bmpEntry(image)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const at = 6 + 16 * index;
    const body = bodies[index] ?? Buffer.alloc(0);
    header[at] = image.width >= 256 ? 0 : image.width; // 0 means 256
    header[at + 1] = image.height >= 256 ? 0 : image.height;
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(body.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += body.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** BITMAPINFOHEADER + bottom-up BGRA rows + an all-zero AND mask (alpha carries the transparency). */
function bmpEntry(image: Rgba): Buffer {
  const { width, height, data } = image;
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(width, 4);
  info.writeInt32LE(height * 2, 8); // colour + mask
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const from = ((height - 1 - y) * width + x) * 4;
      const to = (y * width + x) * 4;
      pixels[to] = data[from + 2] ?? 0;
      pixels[to + 1] = data[from + 1] ?? 0;
      pixels[to + 2] = data[from] ?? 0;
      pixels[to + 3] = data[from + 3] ?? 0;
    }
  }
  const maskStride = Math.ceil(width / 32) * 4;
  return Buffer.concat([info, pixels, Buffer.alloc(maskStride * height)]);
}

export interface IcoEntry {
  width: number;
  height: number;
  format: 'png' | 'bmp';
}

/** The sizes an .ico holds, read from its directory and each entry's own header. */
export function readIco(file: Buffer): IcoEntry[] {
  if (file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) throw new Error('not an .ico file');
  const count = file.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + 16 * index;
    const size = file.readUInt32LE(at + 8);
    const offset = file.readUInt32LE(at + 12);
    const body = file.subarray(offset, offset + size);
    if (body.length !== size) throw new Error(`.ico entry ${index} runs past the end of the file`);
    if (body[0] === 0x89) {
      const png = readPngHeader(body);
      return { width: png.width, height: png.height, format: 'png' as const };
    }
    return { width: body.readInt32LE(4), height: body.readInt32LE(8) / 2, format: 'bmp' as const };
  });
}
