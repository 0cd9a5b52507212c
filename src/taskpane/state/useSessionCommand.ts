import { useCallback, useState } from 'react';

/**
 * Runs a session command, remembering that it is running (to disable its
 * button) and the error it failed with, if any.
 */
export function useSessionCommand(): {
  busy: string | null;
  error: string | null;
  run: <T>(name: string, command: () => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
} {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(name: string, command: () => Promise<T>): Promise<T | undefined> => {
    setBusy(name);
    setError(null);
    try {
      return await command();
    } catch (e) {
      if (!(e instanceof Error && e.name === 'AbortError')) setError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy((current) => (current === name ? null : current));
    }
  }, []);
  return { busy, error, run, clearError: useCallback(() => setError(null), []) };
}
