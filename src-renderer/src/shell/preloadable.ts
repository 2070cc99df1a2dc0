import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the loaded component, suspending only if its code is not here yet. */
  Component: (props: P) => ReactElement;
  /** Fetches and runs the code now; safe to call any number of times. */
  preload: () => Promise<unknown>;
}

/**
 * A lazily loaded component that renders at once when its code was preloaded. React.lazy alone
 * suspends on its first render even then (it only starts its factory there), and React holds back a
 * suspended boundary's content for up to 300 ms after showing its fallback: after sign-in that was
 * a third of the wait for the dashboard (P4).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // a chunk that failed to download may be asked for again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  const Component = (props: P): ReactElement => createElement(loaded ?? Lazy, props);
  return { Component, preload };
}
