// Character-level reading of RouterOS script text. RouterOS's grammar depends on context (a `/` is a
// menu path at the start of a command and a division inside parentheses; `-` is part of
// `mac-address` but a minus in an expression), so the parser asks for the token it expects next
// instead of tokenising the whole text up front.
import { syntaxError, type ScriptError } from './errors';

const WORD_END = /[\s;\]})"[({]/;

export class Scanner {
  pos = 0;

  constructor(readonly src: string) {}

  error(detail: string, at = this.pos): ScriptError {
    return syntaxError(detail, this.src, at);
  }

  peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  /** spaces and tabs; a backslash before a newline joins two physical lines */
  skipSpaces(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && (this.peek(1) === '\n' || (this.peek(1) === '\r' && this.peek(2) === '\n'))) this.pos += this.peek(1) === '\r' ? 3 : 2;
      else return;
    }
  }

  /** statement separators, blank lines and `#` comment lines */
  skipSeparators(): void {
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === '\n' || c === ';') this.pos++;
      else if (c === '#') while (!this.atEnd() && this.peek() !== '\n') this.pos++;
      else return;
    }
  }

  expect(text: string): void {
    this.skipSpaces();
    if (!this.startsWith(text)) throw this.error(`expected ${JSON.stringify(text)}`);
    this.pos += text.length;
  }

  /** a run of characters up to whitespace or a delimiter */
  word(): string {
    this.skipSpaces();
    const start = this.pos;
    while (!this.atEnd() && !WORD_END.test(this.peek())) this.pos++;
    return this.src.slice(start, this.pos);
  }

  /** a property or variable name: letters, digits, `-`, `_`, `.` (for `.id`) */
  name(): string {
    this.skipSpaces();
    const start = this.pos;
    while (/[A-Za-z0-9_.-]/.test(this.peek())) this.pos++;
    if (this.pos === start) throw this.error('expected a name');
    return this.src.slice(start, this.pos);
  }

  /** `"..."` with RouterOS escapes (\" \\ \$ \? \n \r \t \_ and \XX hex) */
  string(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      if (this.atEnd()) throw this.error('unterminated string', start);
      const c = this.peek();
      this.pos++;
      if (c === '"') return out;
      if (c === '$') throw this.error('variables inside strings are not supported: use the . operator', this.pos - 1);
      if (c !== '\\') {
        out += c;
        continue;
      }
      out += this.escape();
    }
  }

  private escape(): string {
    const c = this.peek();
    const simple: Record<string, string> = { '"': '"', '\\': '\\', $: '$', '?': '?', n: '\n', r: '\r', t: '\t', _: ' ' };
    if (simple[c] !== undefined) {
      this.pos++;
      return simple[c];
    }
    const hex = this.src.slice(this.pos, this.pos + 2);
    if (/^[0-9A-F]{2}$/.test(hex)) {
      this.pos += 2;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    throw this.error(`unknown escape \\${c}`);
  }

  /** true at a newline, `;`, a closing `}` / `]`, or the end of the text */
  atStatementEnd(): boolean {
    this.skipSpaces();
    const c = this.peek();
    return c === '' || c === '\n' || c === ';' || c === '}' || c === ']' || c === '#';
  }
}
