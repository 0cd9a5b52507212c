import { useSyncExternalStore } from 'react';
import type { PaneSession, PaneState } from '../session';

/**
 * The session's current state, re-rendering on every change (live
 * recomputation included). The session must return the same object from
 * getState() until something changes.
 */
export function usePaneState(session: PaneSession): PaneState {
  return useSyncExternalStore(
    (onChange) => session.subscribe(() => onChange()),
    () => session.getState(),
    () => session.getState(),
  );
}
