import { useEffect, useState } from 'react';
import type { EventPayload } from '@shared/ipc/events';
import { useApi } from './ApiContext';

export type PushProgress = EventPayload<'routers.pushProgress'>;

/** The latest `routers.pushProgress` event of one router's push (sent to this window only). */
export function usePushProgress(routerId: string): { progress: PushProgress | null; reset: () => void } {
  const client = useApi();
  const [progress, setProgress] = useState<PushProgress | null>(null);
  useEffect(
    () =>
      client.on('routers.pushProgress', (event) => {
        if (event.routerId === routerId) setProgress(event);
      }),
    [client, routerId],
  );
  return { progress, reset: () => setProgress(null) };
}
