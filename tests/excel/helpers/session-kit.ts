import { createStandin, type StandinOptions, type StandinWorkbookData } from '../../../src/standin';
import { createExcelSession } from '../../../src/excel/session';
import type { PaneSession, PaneTable } from '../../../src/taskpane/session';

/** A session over a stand-in workbook, as the pane and the playground build it. */
export function sessionOver(data: StandinWorkbookData, options: StandinOptions = {}) {
  const standin = createStandin(data, options);
  const session = createExcelSession({
    Excel: standin.Excel as unknown as typeof Excel,
    Office: standin.Office as unknown as typeof Office,
  });
  return { ...standin, session };
}

export function tableOn(session: PaneSession, sheet: string): PaneTable {
  const t = session.getState().tables.find((x) => x.sheet === sheet);
  if (!t) throw new Error(`no table on ${sheet}: ${session.getState().tables.map((x) => x.id).join(', ')}`);
  return t;
}

/** Findings of the whole workbook as "sheet!cell code" lines, sorted. */
export function findingLines(session: PaneSession): string[] {
  return session
    .getState()
    .tables.flatMap((t) => t.findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`))
    .sort();
}
