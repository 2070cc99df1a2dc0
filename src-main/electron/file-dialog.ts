import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { Core } from '../core/create-core';
import { dateInZone } from '../../src-shared/domain/civil-date';
import { isFilePurpose } from '../../src-shared/desktop-files';
import { fileDialogPlan, withDatabaseExtension } from './file-dialog-options';
import { isTrustedSender } from './security';

export const CHOOSE_FILE_CHANNEL = 'mb:choose-file';

/**
 * The system's file chooser for "Move to a new PC". It only returns a path the person picked: the export or
 * import itself is still the owner-only procedure (`backups.export` / `backups.import`) with its checks.
 */
export function wireFileDialog(core: Core, rendererIndexUrl: string): void {
  ipcMain.handle(CHOOSE_FILE_CHANNEL, async (event, purpose: unknown): Promise<string | null> => {
    if (!isTrustedSender(event.senderFrame, rendererIndexUrl) || !isFilePurpose(purpose)) return null;
    const office = core.services.office.get();
    const today = dateInZone(core.services.clock.now(), office?.timeZone ?? 'UTC');
    const plan = fileDialogPlan(purpose, { documentsDir: app.getPath('documents'), officeCode: office?.code ?? null, today });
    const window = BrowserWindow.fromWebContents(event.sender);
    if (plan.kind === 'save') {
      const answer = window ? await dialog.showSaveDialog(window, plan.options) : await dialog.showSaveDialog(plan.options);
      return answer.canceled || !answer.filePath ? null : withDatabaseExtension(answer.filePath);
    }
    const answer = window ? await dialog.showOpenDialog(window, plan.options) : await dialog.showOpenDialog(plan.options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  });
}
