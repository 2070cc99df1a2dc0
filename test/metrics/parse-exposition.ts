/** A strict reader of the Prometheus text format, for tests: throws on anything malformed. */
export interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface ParsedExposition {
  help: Map<string, string>;
  type: Map<string, string>;
  samples: ParsedSample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y;

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_m, char: string) => (char === 'n' ? '\n' : char));
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const match = LABEL.exec(text);
    if (!match) throw new Error(`bad labels: ${text}`);
    labels[match[1] as string] = unescape(match[2] as string);
  }
  return labels;
}

function parseValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`bad value ${text}`);
  return value;
}

export function parseExposition(text: string): ParsedExposition {
  if (!text.endsWith('\n')) throw new Error('exposition must end with a newline');
  const out: ParsedExposition = { help: new Map(), type: new Map(), samples: [] };
  for (const line of text.slice(0, -1).split('\n')) {
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      (meta[1] === 'HELP' ? out.help : out.type).set(meta[2] as string, meta[3] as string);
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`bad line: ${line}`);
    const name = match[1] as string;
    if (!out.type.has(name) || !out.help.has(name)) throw new Error(`sample before its HELP/TYPE: ${name}`);
    out.samples.push({ name, labels: match[3] ? parseLabels(match[3]) : {}, value: parseValue(match[4] as string) });
  }
  return out;
}

/** The one sample of `name` with exactly these labels (throws when absent). */
export function valueOf(parsed: ParsedExposition, name: string, labels: Record<string, string> = {}): number {
  const found = parsed.samples.find((sample) => sample.name === name && JSON.stringify(sample.labels) === JSON.stringify(labels));
  if (!found) throw new Error(`no sample ${name} ${JSON.stringify(labels)}`);
  return found.value;
}
