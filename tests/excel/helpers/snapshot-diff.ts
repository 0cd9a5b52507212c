import type { WorkbookSnapshot } from '../../../src/standin';

/** Cells whose value or formula differs between two snapshots of one sheet ("K7"). */
export function changedValues(before: WorkbookSnapshot, after: WorkbookSnapshot, sheet: string): string[] {
  const a = before.sheets.find((s) => s.name === sheet)?.cells ?? {};
  const b = after.sheets.find((s) => s.name === sheet)?.cells ?? {};
  const out: string[] = [];
  for (const addr of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[addr];
    const y = b[addr];
    if ((x?.value ?? '') !== (y?.value ?? '') || (x?.formula ?? null) !== (y?.formula ?? null)) out.push(addr);
  }
  return out.sort();
}
