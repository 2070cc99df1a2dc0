import fs from 'node:fs';
import path from 'node:path';

/**
 * Per-desktop preferences that are not office data (the last operator to sign in, for the login form).
 * Electron keeps them in electron-store; plain Node in a small JSON file in the data folder.
 */
export interface DesktopPreferences {
  lastOperator(): string | null;
  setLastOperator(username: string): void;
}

export class JsonFilePreferences implements DesktopPreferences {
  constructor(private readonly file: string) {}

  lastOperator(): string | null {
    const value = this.read().lastOperator;
    return typeof value === 'string' ? value : null;
  }

  setLastOperator(username: string): void {
    const next = { ...this.read(), lastOperator: username };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Write then rename: a power cut never leaves a half-written file.
    fs.writeFileSync(`${this.file}.tmp`, JSON.stringify(next));
    fs.renameSync(`${this.file}.tmp`, this.file);
  }

  private read(): Record<string, unknown> {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
}
