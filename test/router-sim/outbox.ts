// Ordered writer for one connection. Replies of pipelined commands must leave in order even when
// latency and split writes are injected, so every write goes through one promise chain.
import { encodeSentence } from './codec';
import { chunkSize, type FaultOptions } from './faults';

export interface WritableSocket {
  write(chunk: Uint8Array, cb?: (err?: Error | null) => void): boolean;
  readonly destroyed: boolean;
}

export class Outbox {
  private tail: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  constructor(
    private readonly socket: WritableSocket,
    private readonly faults: () => FaultOptions,
  ) {}

  /**
   * Latency is counted from when the reply was produced, like propagation delay on a link: pipelined
   * replies are each delayed by it but overlap in flight, instead of queueing behind each other's delay.
   */
  sentence(words: readonly string[]): void {
    const due = Date.now() + this.faults().replyLatencyMs;
    this.enqueue(async () => {
      await this.sleep(due - Date.now());
      await this.write(encodeSentence(words));
    });
  }

  /** runs once everything queued so far has been handed to the kernel (so a reset cannot eat it) */
  then(action: () => void): void {
    this.enqueue(async () => {
      await new Promise<void>((resolve) => this.socket.write(Buffer.alloc(0), () => resolve()));
      action();
    });
  }

  /** stop writing; pending delays end at once so close() never waits on them */
  close(): void {
    this.closed = true;
    for (const w of this.waits) {
      clearTimeout(w.timer);
      w.resolve();
    }
    this.waits.clear();
  }

  private enqueue(job: () => Promise<void>): void {
    this.tail = this.tail
      .then(() => (this.closed || this.socket.destroyed ? undefined : job()))
      .catch(() => {
        // the socket went away mid-write; the connection's close handler cleans up
      });
  }

  private async write(buf: Buffer): Promise<void> {
    const faults = this.faults();
    const size = chunkSize(faults.splitWrites);
    if (size === null) {
      this.socket.write(buf);
      return;
    }
    for (let i = 0; i < buf.length; i += size) {
      if (this.closed || this.socket.destroyed) return;
      // Waiting for each write to be handed to the kernel (plus a turn of the event loop) makes the
      // pieces leave as separate TCP segments, so the client really sees partial reads.
      await new Promise<void>((resolve) => this.socket.write(buf.subarray(i, i + size), () => resolve()));
      const pause = faults.splitDelayMs ?? 0;
      if (pause > 0) await this.sleep(pause);
      else await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.waits.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.waits.add(entry);
    });
  }
}
