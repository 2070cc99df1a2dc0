import { onCleanup, type Harness } from '../support/core-harness';
import { latestYml, startFeedServer } from './support/feed-server';

/** A feed on 127.0.0.1 with a newer version, and the office's update check turned on against it. */
export async function sampleUpdates(h: Harness): Promise<{ feedUrl: string }> {
  const feed = await startFeedServer();
  onCleanup(() => feed.close());
  feed.serve('latest.yml', latestYml('9.0.0'));
  h.core.services.updates.update({ enabled: true, feedUrl: feed.url }, h.clock.now());
  return { feedUrl: feed.url };
}
