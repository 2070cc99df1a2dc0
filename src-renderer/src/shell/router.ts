import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: `#/admin/operators` -> "/admin/operators". Hash routes work the same from
 * file:// in Electron and from the web bridge, and need no package.
 */
export function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  const path = raw.startsWith('/') ? raw : `/${raw}`;
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    window.history.replaceState(null, '', hrefFor(path));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = path;
  }
}
