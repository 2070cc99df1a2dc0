import { open } from 'node:fs/promises';

export interface RawLine {
  text: string;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** Bytes read for it, newline included (for the scan cap). */
  bytes: number;
}

const CHUNK_BYTES = 64 * 1024;
/** A line longer than this (a corrupt file) is skipped rather than held whole in memory. */
const MAX_LINE_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * The complete lines of a file that end before byte `end`, last first, read in fixed chunks from the
 * end: a file of tens of megabytes costs one chunk of memory, and a reader that stops early reads little.
 */
export async function* readLinesBackward(file: string, end = Number.POSITIVE_INFINITY): AsyncGenerator<RawLine> {
  const handle = await open(file, 'r');
  try {
    let pos = Math.min(end, (await handle.stat()).size);
    // Bytes from `pos` on that belong to a line starting at or before `pos`.
    let tail = Buffer.alloc(0);
    let skipping = false;
    while (pos > 0) {
      const size = Math.min(CHUNK_BYTES, pos);
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, pos - size);
      pos -= size;
      const data = tail.length > 0 ? Buffer.concat([chunk, tail]) : chunk;
      let lineEnd = data.length;
      for (let i = data.length - 1; i >= 0; i -= 1) {
        if (data[i] !== NEWLINE) continue;
        const line = data.subarray(i + 1, lineEnd);
        if (skipping) skipping = false;
        else if (line.length > 0) yield { text: line.toString('utf8'), offset: pos + i + 1, bytes: line.length + 1 };
        lineEnd = i;
      }
      tail = Buffer.from(data.subarray(0, lineEnd));
      if (tail.length > MAX_LINE_BYTES) {
        tail = Buffer.alloc(0);
        skipping = true;
      }
    }
    if (tail.length > 0 && !skipping) yield { text: tail.toString('utf8'), offset: 0, bytes: tail.length };
  } finally {
    await handle.close();
  }
}
