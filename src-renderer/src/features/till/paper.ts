import { useCallback, useState } from 'react';
import { paperSchema, type Paper } from '@shared/ipc/schemas/till';

const STORAGE_KEY = 'mb.till.paper';
export const PAPERS: readonly Paper[] = ['80mm', '58mm', 'a4'];

function readPaper(): Paper {
  try {
    const parsed = paperSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : '80mm';
  } catch {
    return '80mm';
  }
}

/** The receipt paper of this workstation (its printer): 80 mm unless the cashier chose another. */
export function usePaper(): [Paper, (paper: Paper) => void] {
  const [paper, setPaper] = useState<Paper>(readPaper);
  const choose = useCallback((next: Paper) => {
    setPaper(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or a full disk: the choice lasts until the page reloads.
    }
  }, []);
  return [paper, choose];
}
