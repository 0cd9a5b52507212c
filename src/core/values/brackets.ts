const OPENERS = '([{【〔〖［';
const CLOSERS = ')]}】〕〗］';

export function isOpener(c: string): boolean {
  return OPENERS.includes(c);
}

export function isCloser(c: string): boolean {
  return CLOSERS.includes(c);
}

/**
 * Index of the bracket closing the one opened at `open` (any bracket kind, nesting counted),
 * or -1 when it is never closed.
 */
export function closingIndex(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const c = s[k];
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth === 0) return k;
  }
  return -1;
}

/** Index of the bracket opening the group that closes at `close`, or -1. */
export function openingIndex(s: string, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    const c = s[k];
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c) && --depth === 0) return k;
  }
  return -1;
}
