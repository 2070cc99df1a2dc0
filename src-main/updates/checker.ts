import { LATEST_YML, feedFileUrl } from './feed';
import { parseLatestYml, type UpdateInfo } from './latest-yml';

/** Asks a feed for its newest version. Electron passes electron-updater's; plain Node reads latest.yml. */
export interface UpdateChecker {
  readonly kind: 'electron-updater' | 'feed';
  latest(feedUrl: string): Promise<UpdateInfo>;
}

export interface FeedCheckerOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The web bridge's check: GET `<feed>/latest.yml`, the file electron-builder publishes with each release. */
export class FeedChecker implements UpdateChecker {
  readonly kind = 'feed';

  constructor(private readonly options: FeedCheckerOptions = {}) {}

  async latest(feedUrl: string): Promise<UpdateInfo> {
    const url = feedFileUrl(feedUrl, LATEST_YML);
    const fetchFn = this.options.fetch ?? fetch;
    const response = await fetchFn(url, {
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      headers: { 'cache-control': 'no-cache' },
      redirect: 'follow',
    });
    if (!response.ok) throw new Error(`the feed answered ${response.status} ${response.statusText} for ${url}`);
    const text = await response.text();
    if (text.length > 1_000_000) throw new Error(`${url} is too large to be a latest.yml`);
    return parseLatestYml(text);
  }
}
