/** electron-builder's `publish` in electron-builder.yml must match these (test/packaging checks it). */
export const UPDATE_PROVIDER = 'generic';
export const UPDATE_CHANNEL = 'latest';
/** The channel file electron-builder writes for Windows; Linux builds add latest-linux.yml beside it. */
export const LATEST_YML = `${UPDATE_CHANNEL}.yml`;

/** `<feed>/<name>`, whether or not the configured feed ends with a slash. */
export function feedFileUrl(feedUrl: string, name: string): string {
  const base = feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`;
  return new URL(name.split('/').map(encodeURIComponent).join('/'), base).href;
}
