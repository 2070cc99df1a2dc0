import { RouterProtocolError } from './errors';

export type ReplyType = 're' | 'done' | 'trap' | 'fatal' | 'empty';

export interface RouterReply {
  type: ReplyType;
  /** Value of the `.tag=` word, wherever it stood in the sentence. */
  tag?: string;
  /** `=key=value` words; values are the router's strings, never coerced. */
  attributes: Record<string, string>;
  /** `!fatal` only: the bare reason word(s), e.g. `session terminated on request`. */
  reason?: string;
}

const REPLY_TYPES: ReadonlyMap<string, ReplyType> = new Map<string, ReplyType>([
  ['!re', 're'],
  ['!done', 'done'],
  ['!trap', 'trap'],
  ['!fatal', 'fatal'],
  ['!empty', 'empty'],
]);

/** Sets a key without ever touching the prototype chain (`__proto__` is an ordinary key here). */
export function setAttribute(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * Parses one decoded sentence into a typed reply. The first word must be a reply word
 * (`!re`, `!done`, `!trap`, `!fatal`, `!empty`), otherwise `RouterProtocolError`.
 * `.tag=` is accepted anywhere; `=key=value` words become attributes (the value keeps any
 * further `=`); a word `=key` without a second `=` is read as an empty value; other bare
 * words are the reason of a `!fatal` and are ignored elsewhere.
 */
export function parseReply(words: readonly string[]): RouterReply {
  const head = words[0];
  const type = head === undefined ? undefined : REPLY_TYPES.get(head);
  if (type === undefined) {
    throw new RouterProtocolError(`unknown reply word ${JSON.stringify((head ?? '').slice(0, 40))}`);
  }
  const reply: RouterReply = { type, attributes: {} };
  const bare: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (word.startsWith('=')) {
      const eq = word.indexOf('=', 1);
      if (eq === -1) setAttribute(reply.attributes, word.slice(1), '');
      else setAttribute(reply.attributes, word.slice(1, eq), word.slice(eq + 1));
    } else if (word.startsWith('.tag=')) {
      if (reply.tag === undefined) reply.tag = word.slice(5);
    } else {
      bare.push(word);
    }
  }
  if (type === 'fatal') reply.reason = bare.join('\n');
  return reply;
}
