// Reply sentence shapes. Handlers build untagged sentences; the connection adds `.tag=` at the
// configured position when it writes them.

export type Sentence = string[];

export type TagPosition = 'afterReplyWord' | 'last';

/** RouterOS trap categories (API manual): 0 missing item/command, 1 argument value, 2 interrupted,
 * 3 scripting, 4 general failure, 5 API failure. */
export type TrapCategory = 0 | 1 | 2 | 3 | 4 | 5;

/** Thrown by handlers; turned into `!trap` + `!done` by the command layer. */
export class Trap extends Error {
  constructor(
    message: string,
    readonly category: TrapCategory | null = null,
  ) {
    super(message);
    this.name = 'Trap';
  }
}

export function trapSentence(message: string, category: TrapCategory | null = null): Sentence {
  return category === null ? ['!trap', `=message=${message}`] : ['!trap', `=category=${category}`, `=message=${message}`];
}

export function rowSentence(row: Readonly<Record<string, string>>): Sentence {
  return ['!re', ...Object.entries(row).map(([k, v]) => `=${k}=${v}`)];
}

export function withTag(sentence: Sentence, tag: string | null, position: TagPosition): Sentence {
  if (tag === null) return sentence;
  const tagWord = `.tag=${tag}`;
  if (position === 'last') return [...sentence, tagWord];
  const [first, ...rest] = sentence;
  return first === undefined ? [tagWord] : [first, tagWord, ...rest];
}
