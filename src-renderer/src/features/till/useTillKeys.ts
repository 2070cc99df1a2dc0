import { useEffect, useRef } from 'react';

/** A key as the till names it: "F1".."F12", "Escape", or "Alt+S" (by physical key, so layouts and macOS agree). */
export type TillKey = `F${number}` | 'Escape' | `Alt+${string}`;
export type TillKeyHandlers = Partial<Record<TillKey, () => void>>;

function keyName(event: KeyboardEvent): TillKey | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) {
    const match = /^Key([A-Z])$/.exec(event.code);
    return match ? `Alt+${match[1]}` : null;
  }
  if (/^F\d{1,2}$/.test(event.key)) return event.key as TillKey;
  if (event.key === 'Escape') return 'Escape';
  return null;
}

/** True while any dialog is open: its own keys (Enter, Escape) belong to it, not to the screen behind. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="presentation"] [role="listbox"]') !== null;
}

/**
 * The till's shortcuts, on the whole window while `enabled`: a handled key does only its till action
 * (F1 help, F3 find, F5 reload, F12 dev tools and Alt menus are not triggered).
 */
export function useTillKeys(handlers: TillKeyHandlers, enabled: boolean): void {
  const current = useRef(handlers);
  // The latest handlers (they close over fresh state) without re-binding the listener on every render.
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || dialogOpen()) return;
      const name = keyName(event);
      const handler = name ? current.current[name] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
