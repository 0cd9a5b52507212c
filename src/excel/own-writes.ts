/**
 * Below ExcelApi 1.14 a change event does not say who made the change. The
 * add-in remembers the cells it is writing and takes the next event on each
 * of them (with the value it wrote, when the event carries one) as its own.
 * Entries expire, so a later edit by the user on the same cell is never lost.
 */
export class OwnWrites {
  private readonly expected = new Map<string, { values: unknown[]; until: number }>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 10_000,
  ) {}

  expect(sheetId: string, address: string, value: unknown): void {
    const key = `${sheetId}|${address}`;
    const e = this.expected.get(key) ?? { values: [], until: 0 };
    e.values.push(value);
    e.until = this.now() + this.ttlMs;
    this.expected.set(key, e);
  }

  /** True when the event on `address` is one of the add-in's own writes (and forgets it). */
  consume(sheetId: string, address: string, valueAfter: unknown, hasDetails: boolean): boolean {
    const key = `${sheetId}|${address}`;
    const e = this.expected.get(key);
    if (!e) return false;
    if (e.until < this.now()) {
      this.expected.delete(key);
      return false;
    }
    const i = hasDetails ? e.values.findIndex((v) => sameValue(v, valueAfter)) : 0;
    if (i < 0) return false;
    e.values.splice(i, 1);
    if (e.values.length === 0) this.expected.delete(key);
    return true;
  }

  get size(): number {
    return this.expected.size;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return String(a ?? '') === String(b ?? '');
}
