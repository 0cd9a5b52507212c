/** Bounds against hostile or accidental huge input; a file over one gets an error entry and the batch goes on. */
export interface Limits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Cells per sheet: cell elements in the sheet's XML (styled empty cells included), and the used area rows × columns. */
  maxCellsPerSheet: number;
  /** Sum of the uncompressed sizes of an .xlsx package's parts. */
  maxUncompressedBytes: number;
  /** Wall time to read and check one file (enforced when files are checked in worker threads). */
  timeoutMs: number;
  /** V8 heap of each check thread in MB; null: a share of the machine's memory (see workerHeapMb). */
  heapMb: number | null;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * MB,
  maxCellsPerSheet: 2_000_000,
  maxUncompressedBytes: 400 * MB,
  timeoutMs: 60_000,
  heapMb: null,
};

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: MB, mb: MB, g: 1024 * MB, gb: 1024 * MB };

/** "50MB", "500k", "1.5GB", "1048576" → bytes; null when not a positive size. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!m) return null;
  const unit = SIZE_UNITS[m[2].toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/** "60", "60s", "500ms", "2m" → milliseconds (a bare number is seconds); null when not positive. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min)?$/i.exec(text.trim());
  if (!m) return null;
  const factor = { ms: 1, s: 1000, m: 60_000, min: 60_000 }[(m[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm' | 'min'];
  const ms = Math.round(Number(m[1]) * factor);
  return ms > 0 ? ms : null;
}

/** "2,000,000", "2000000", "2e6" → a positive integer count; null otherwise. */
export function parseCount(text: string): number | null {
  const n = Number(text.replace(/[,_]/g, ''));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Bytes as a person reads them: 52428800 → "50 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${+(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}
