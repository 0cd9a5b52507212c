/**
 * Glob patterns as command-line arguments: `*`, `?` and `[abc]` / `[!abc]`
 * within one path segment, `**` across any number of segments. Windows
 * shells do not expand them, and a quoted pattern reaches us unexpanded on
 * any system.
 */

export function isGlob(arg: string): boolean {
  return /[*?]|\[[^\]/]+\]/.test(arg);
}

/** Forward slashes only, no "./" segments: the form patterns and walked paths are compared in. */
export function slashPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/\.(?=\/)/g, '').replace(/^\.\//, '');
}

/** The folder to walk: the segments before the first one holding a wildcard ("." when the pattern starts with one). */
export function globBase(pattern: string): string {
  const segments = slashPath(pattern).split('/');
  const firstWild = segments.findIndex(isGlob);
  const base = segments.slice(0, firstWild).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

function validRegExp(src: string): boolean {
  try {
    new RegExp(src);
    return true;
  } catch {
    return false;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function segmentRegExp(segment: string): RegExp {
  let src = '';
  const chars = [...segment];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const close = ch === '[' ? chars.indexOf(']', i + 2) : -1;
    if (ch === '*') src += '[^/]*';
    else if (ch === '?') src += '[^/]';
    else if (close > 0) {
      // [abc], [a-z], [!abc]: ranges kept, everything else literal.
      const body = chars.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      const members = (negate ? body.slice(1) : body).map((c, k, all) => (c === '-' && k > 0 && k < all.length - 1 ? '-' : escape(c))).join('');
      const cls = `[${negate ? '^' : ''}${members}]`;
      // A malformed class such as [z-a] is taken literally.
      src += validRegExp(cls) ? cls : escape(chars.slice(i, close + 1).join(''));
      i = close;
    } else src += escape(ch);
  }
  // Windows file names are case-insensitive; elsewhere a pattern's case is meant.
  return new RegExp(`^${src}$`, process.platform === 'win32' ? 'i' : '');
}

/** A matcher for whole slash paths; `**` matches zero or more segments. */
export function globMatcher(pattern: string): (path: string) => boolean {
  const parts = slashPath(pattern).split('/').map((s) => (s === '**' ? null : segmentRegExp(s)));
  const match = (segs: string[], si: number, pi: number): boolean => {
    if (pi === parts.length) return si === segs.length;
    const p = parts[pi];
    if (p === null) {
      for (let k = si; k <= segs.length; k++) if (match(segs, k, pi + 1)) return true;
      return false;
    }
    return si < segs.length && p.test(segs[si]) && match(segs, si + 1, pi + 1);
  };
  return (path) => match(slashPath(path).split('/'), 0, 0);
}

/**
 * Whether a file found under the pattern's base matches: the file itself, or
 * one of its folders (as a shell would expand `data/2023*` to folders that
 * are then searched).
 */
export function matchesFileOrFolder(matcher: (path: string) => boolean, file: string): boolean {
  const segs = slashPath(file).split('/');
  for (let k = segs.length; k >= 1; k--) if (matcher(segs.slice(0, k).join('/'))) return true;
  return false;
}
