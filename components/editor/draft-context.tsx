'use client';

import { createContext, useContext, useRef, type ReactNode, type RefObject } from 'react';

/**
 * Lets the review panel save the editor's pending changes before it submits or approves, so a
 * transition never happens on a text older than what the user sees.
 */
export interface DraftHandle {
  /** Saves pending changes; false when that failed (conflict, invalid input). */
  flush(): Promise<boolean>;
  /** The version the editor's text is based on, after any save. */
  version(): number;
}

const DraftContext = createContext<RefObject<DraftHandle | null> | null>(null);

export function DraftProvider({ children }: { children: ReactNode }) {
  const handle = useRef<DraftHandle | null>(null);
  return <DraftContext.Provider value={handle}>{children}</DraftContext.Provider>;
}

export function useDraftHandle(): RefObject<DraftHandle | null> | null {
  return useContext(DraftContext);
}
