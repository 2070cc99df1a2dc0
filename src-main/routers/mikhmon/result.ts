/**
 * Parsers in this folder return a result instead of throwing: router data is untrusted, and every
 * bad row has to end up in the preview's problem list with a reason, never as an exception.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Quotes untrusted text for a problem message, cut short so one huge value cannot flood the UI. */
export function quote(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}
