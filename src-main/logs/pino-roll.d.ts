// pino-roll 4 ships no types: the part of its API this app uses (see node_modules/pino-roll/pino-roll.js).
declare module 'pino-roll' {
  import type { EventEmitter } from 'node:events';

  /** The SonicBoom stream pino-roll returns, as far as the app uses it. */
  export interface RollStream extends EventEmitter {
    write(chunk: string): boolean;
    flush(callback?: (error?: Error) => void): void;
    end(): void;
    readonly destroyed: boolean;
  }

  export interface RollOptions {
    file: string;
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    dateFormat?: string;
    limit?: { count: number; removeOtherLogFiles?: boolean };
    mkdir?: boolean;
    sync?: boolean;
  }

  export default function build(options: RollOptions): Promise<RollStream>;
}
