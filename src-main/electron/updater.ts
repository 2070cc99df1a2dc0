import { autoUpdater } from 'electron-updater';
import { FeedChecker, type UpdateChecker } from '../updates/checker';
import { UPDATE_CHANNEL, UPDATE_PROVIDER } from '../updates/feed';
import type { UpdateInfo } from '../updates/latest-yml';

/**
 * The packaged app asks electron-updater (it reads the feed's latest.yml / latest-linux.yml for this OS
 * and knows the installed version). It only checks: `autoDownload` is off, nothing installs on quit;
 * the Settings page names the new version and where to download it (docs/release.md).
 */
class ElectronUpdateChecker implements UpdateChecker {
  readonly kind = 'electron-updater';

  async latest(feedUrl: string): Promise<UpdateInfo> {
    autoUpdater.autoDownload = false;
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.allowDowngrade = false;
    // The office's feed from Settings, not the placeholder electron-builder baked into app-update.yml.
    autoUpdater.setFeedURL({ provider: UPDATE_PROVIDER, url: feedUrl, channel: UPDATE_CHANNEL });
    const result = await autoUpdater.checkForUpdates();
    if (!result) throw new Error('electron-updater did not check (updates are checked in the installed app only)');
    const info = result.updateInfo;
    return { version: info.version, path: info.files[0]?.url ?? null, releaseDate: info.releaseDate || null };
  }
}

/** electron-updater only works in a packaged app; `npm start` (development) reads latest.yml itself. */
export function desktopUpdateChecker(isPackaged: boolean): UpdateChecker {
  return isPackaged ? new ElectronUpdateChecker() : new FeedChecker();
}
