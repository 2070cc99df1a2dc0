import { useCallback, useEffect, useRef, useState } from 'react';
import { retryAfterMs } from '../../api/errors';

export interface Throttle {
  /** Milliseconds left, 0 when not throttled. */
  remainingMs: number;
  active: boolean;
  /** Feed it a failed call's error: a `THROTTLED` one starts the countdown. Returns true if it did. */
  capture(error: unknown): boolean;
}

/** Counts down `details.retryAfterMs` of a `THROTTLED` error, ticking a few times a second. */
export function useThrottle(onEnd?: () => void): Throttle {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  });

  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) {
        setUntil(null);
        onEndRef.current?.();
      }
    }, 250);
    return () => window.clearInterval(timer);
  }, [until]);

  const capture = useCallback((error: unknown) => {
    const wait = retryAfterMs(error);
    if (wait === null) return false;
    const current = Date.now();
    setNow(current);
    setUntil(current + wait);
    return true;
  }, []);

  const remainingMs = until === null ? 0 : Math.max(0, until - now);
  return { remainingMs, active: remainingMs > 0, capture };
}

/** 65_000 -> "1:05" (seconds rounded up so the display never shows 0:00 while still waiting). */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
