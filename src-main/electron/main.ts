import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { createCore, type Core } from '../core/create-core';
import { createConsoleLogger } from '../core/logger';
import { describeStartupError } from '../core/startup-error';
import { AppError } from '../../src-shared/ipc/result';
import { openAppSettings } from './app-settings';
import { electronPreferences } from './preferences-store';
import { showStartupError } from './error-window';
import { showAlertNotifications } from './alert-notifications';
import { wireFileDialog } from './file-dialog';
import { attachWindow, wireIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { ElectronPrinterBackend } from './printer-backend';
import { SafeStorageSecretBox } from './safe-storage-box';
import { desktopUpdateChecker } from './updater';
import { denyAllPermissions, lockDownWindow } from './security';

const IDLE_CHECK_MS = 5_000;

function resourcePath(...parts: string[]): string {
  return app.isPackaged ? path.join(process.resourcesPath, ...parts) : path.join(app.getAppPath(), ...parts);
}

function startCore(dataDir: string): Core {
  return createCore({
    dataDir,
    logger: createConsoleLogger(),
    appVersion: app.getVersion(),
    migrationsFolder: resourcePath('migrations'),
    resourcesDir: resourcePath('resources'),
    printerBackend: new ElectronPrinterBackend(),
    preferences: electronPreferences(openAppSettings()),
    ...(SafeStorageSecretBox.available() ? { secretBox: new SafeStorageSecretBox() } : {}),
    ...withNativeBinding(electronNativeBinding(app.getAppPath(), app.isPackaged)),
    onRestartRequested: () => restartAfterRestore(),
    updates: { checker: desktopUpdateChecker(app.isPackaged) },
  });
}

/**
 * A restore was staged (docs/decisions/0016): the whole app restarts, and the new process's createCore
 * swaps the restored file in before opening it. `app.exit` skips will-quit, so the core closes here.
 */
let closeCurrentCore: () => void = () => undefined;
function restartAfterRestore(): void {
  closeCurrentCore();
  app.relaunch();
  app.exit(0);
}

function withNativeBinding(binding: string | undefined): { nativeBinding?: string } {
  return binding ? { nativeBinding: binding } : {};
}

function openMainWindow(core: Core, rendererIndexUrl: string): BrowserWindow {
  const settings = openAppSettings();
  const bounds = settings.get('window');
  const window = new BrowserWindow({
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Mikrotik Billing',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const { width, height, x, y } = window.getNormalBounds();
    settings.set('window', { width, height, x, y, maximized: window.isMaximized() });
  });
  lockDownWindow(window, rendererIndexUrl);
  attachWindow(core, window);
  void window.loadURL(rendererIndexUrl);
  return window;
}

/**
 * Quitting (last window closed, Ctrl+Q, the OS logging off, SIGINT/SIGTERM) waits for the core's graceful
 * shutdown: the first before-quit is held, shutdown runs once, then the app quits for real.
 */
function quitGracefully(shutdown: () => Promise<void>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void shutdown().finally(() => {
      state = 'closed';
      app.quit();
    });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}

function run(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions();
    const settings = openAppSettings();
    const dataDir = settings.get('dataDir') ?? app.getPath('userData');
    let core: Core;
    try {
      core = startCore(dataDir);
    } catch (error) {
      const detail = describeStartupError(error);
      // The lock file (src-main/lifecycle/instance-lock.ts) catches a second install on the same data folder.
      const title = error instanceof AppError && error.code === 'ALREADY_RUNNING' ? 'Mikrotik Billing is already running' : 'Mikrotik Billing could not open its database';
      showStartupError(title, detail);
      return;
    }
    const rendererIndexUrl = pathToFileURL(path.join(app.getAppPath(), 'dist', 'renderer', 'index.html')).href;
    closeCurrentCore = () => core.close();
    core.startBackground();
    // Alerts (router down, backups, sync) also pop up as desktop notifications.
    showAlertNotifications(core.services.alerts);
    wireIpc(core, rendererIndexUrl);
    wireFileDialog(core, rendererIndexUrl);
    openMainWindow(core, rendererIndexUrl);
    const idleTimer = setInterval(() => core.registry.lockIdleSessions(), IDLE_CHECK_MS);
    // Back from sleep the clock has jumped: lock the desk and run the billing days missed meanwhile now.
    powerMonitor.on('resume', () => void core.timeChanged());
    quitGracefully(() => {
      clearInterval(idleTimer);
      return core.shutdown();
    });
    app.on('will-quit', () => {
      clearInterval(idleTimer);
      core.close();
    });
  });
}

run();
