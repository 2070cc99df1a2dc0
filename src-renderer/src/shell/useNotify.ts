import { createContext, useContext } from 'react';

export type Notify = (message: string) => void;

export const NotifyContext = createContext<Notify | null>(null);

/** Shows a short success message at the bottom of the window (announced politely to screen readers). */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify must be used inside <NotifyProvider>');
  return notify;
}
