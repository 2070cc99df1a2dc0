/** What the update check needs from electron-builder's latest.yml. */
export interface UpdateInfo {
  version: string;
  /** The installer's file name, relative to the feed folder. */
  path: string | null;
  releaseDate: string | null;
}

/**
 * Reads the top-level scalars of latest.yml (`version: 1.2.0`, `path: …`, `releaseDate: '…'`). The
 * file is electron-builder's own output, flat at the top level; nested `files:` entries are skipped.
 * Throws when there is no version, so a wrong URL (an HTML page) is reported, not taken as "up to date".
 */
export function parseLatestYml(text: string): UpdateInfo {
  const top = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (match?.[1] && match[2] !== undefined && match[2] !== '') top.set(match[1], unquote(match[2]));
  }
  const version = top.get('version');
  if (!version) throw new Error('the feed answered, but its latest.yml has no version');
  return { version, path: top.get('path') ?? null, releaseDate: top.get('releaseDate') ?? null };
}

/** A YAML scalar as electron-builder writes it: plain, 'single' or "double" quoted, maybe a # comment after. */
function unquote(value: string): string {
  const quote = value[0];
  if (quote === "'" || quote === '"') {
    const end = value.indexOf(quote, 1);
    if (end > 0) return value.slice(1, end);
  }
  return value.replace(/\s+#.*$/, '');
}
