import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { createCore, type Core } from '../core/create-core';
import { createConsoleLogger } from '../core/logger';
import { describeStartupError } from '../core/startup-error';
import { openAppSettings } from './app-settings';
import { electronPreferences } from './preferences-store';
import { showStartupError } from './error-window';
import { attachWindow, wireIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { ElectronPrinterBackend } from './printer-backend';
import { SafeStorageSecretBox } from './safe-storage-box';
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
      showStartupError('Mikrotik Billing could not open its database', detail);
      return;
    }
    const rendererIndexUrl = pathToFileURL(path.join(app.getAppPath(), 'dist', 'renderer', 'index.html')).href;
    closeCurrentCore = () => core.close();
    core.startBackground();
    wireIpc(core, rendererIndexUrl);
    openMainWindow(core, rendererIndexUrl);
    const idleTimer = setInterval(() => core.registry.lockIdleSessions(), IDLE_CHECK_MS);
    // Back from sleep the clock has jumped: lock the desk and run the billing days missed meanwhile now.
    powerMonitor.on('resume', () => void core.timeChanged());
    app.on('will-quit', () => {
      clearInterval(idleTimer);
      core.close();
    });
  });
}

run();
