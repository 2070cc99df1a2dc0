import fs from 'node:fs';
import { z } from 'zod';

/**
 * The crash worker's journal: one JSON line per event, appended with writeSync + fsyncSync so a line
 * the parent reads after a SIGKILL was on disk before the kill. An `intent` line precedes every
 * operation; a `commit` line follows only once the IPC call returned ok, with the ids that must now exist.
 */
export const committedSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('login') }),
  z.object({ op: z.literal('shift'), shiftId: z.string() }),
  z.object({ op: z.literal('generate'), batchId: z.string(), count: z.number().int() }),
  z.object({ op: z.literal('push'), batchId: z.string(), deferred: z.boolean() }),
  z.object({ op: z.literal('customer'), customerId: z.string() }),
  z.object({ op: z.literal('subscribe'), subscriptionId: z.string(), invoiceId: z.string().nullable() }),
  z.object({ op: z.literal('suspend'), subscriptionId: z.string() }),
  z.object({ op: z.literal('reactivate'), subscriptionId: z.string() }),
  z.object({ op: z.literal('billing'), runId: z.string() }),
  z.object({ op: z.literal('sale'), receiptId: z.string(), voucherIds: z.array(z.string()), saleIds: z.array(z.string()) }),
  z.object({ op: z.literal('payment'), receiptId: z.string(), ledgerEntryIds: z.array(z.string()) }),
  z.object({ op: z.literal('skip'), reason: z.string() }),
  /** A sync round that returned; `error` is its failure (central is local and up: none is expected). */
  z.object({ op: z.literal('sync'), backlog: z.number().int(), error: z.string().nullable() }),
]);
export type Committed = z.infer<typeof committedSchema>;
export type OpName = Committed['op'];

const lineSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('ready'), iteration: z.number().int() }),
  z.object({ phase: z.literal('intent'), iteration: z.number().int(), op: z.string() }),
  z.object({ phase: z.literal('commit'), iteration: z.number().int(), data: committedSchema }),
  z.object({ phase: z.literal('failed'), iteration: z.number().int(), op: z.string(), code: z.string(), message: z.string() }),
]);
export type JournalLine = z.infer<typeof lineSchema>;

/** Append-only, durable before it returns: the parent may SIGKILL us on the next instruction. */
export class JournalWriter {
  private readonly fd: number;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'a');
  }

  append(line: JournalLine): void {
    fs.writeSync(this.fd, `${JSON.stringify(line)}\n`);
    fs.fsyncSync(this.fd);
  }
}

/**
 * Every complete line of the journal. A kill cannot tear one write(2), but a torn last line is still
 * tolerated (dropped): it was never acknowledged as written.
 */
export function readJournal(file: string): JournalLine[] {
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const parsed: JournalLine[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    try {
      parsed.push(lineSchema.parse(JSON.parse(text)));
    } catch (error) {
      if (index < lines.length - 1 && lines.slice(index + 1).some((rest) => rest.trim() !== '')) throw error;
    }
  });
  return parsed;
}

/** The facts the worker reported as committed, in order. */
export function committedFacts(lines: readonly JournalLine[]): Committed[] {
  return lines.flatMap((line) => (line.phase === 'commit' ? [line.data] : []));
}
