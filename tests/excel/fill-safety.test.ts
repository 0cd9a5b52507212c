import fc from 'fast-check';
import { readWorkbookFile } from '../../src/cli/read-xlsx';
import { bindWorkbook } from '../../src/core/analyse';
import type { SelfEvalBinding } from '../../src/core/binding/types';
import { inputCells } from '../../src/core/fill/plan';
import { rangeToA1, refToA1, toA1 } from '../../src/core/grid/a1';
import type { StandinWorkbookData } from '../../src/standin';
import { fixturePath, fixtureWorkbook } from './helpers/fixture-workbook';
import { sessionOver, tableOn } from './helpers/session-kit';

const FILE = 'seed-001-yueyang.xlsx';
const SHEETS = ['附件4', '附件2'] as const;

const VALUES = ['5次', '4次', '0次', '96.9万', '1115.09万', '100%', '≥90%', '≤100万', '达成年度指标', '显著提升', '', '—', '=1+2', '10分', 'abc'];
const value = fc.oneof(fc.constantFrom(...VALUES), fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 150, noNaN: true }).map((x) => Math.round(x * 100) / 100));

interface Edit {
  top: number;
  left: number;
  rows: number;
  cols: number;
  values: unknown[][];
}

function edits(range: { top: number; left: number; bottom: number; right: number }): fc.Arbitrary<Edit> {
  return fc
    .record({
      top: fc.integer({ min: range.top, max: range.bottom }),
      left: fc.integer({ min: range.left, max: range.right }),
      rows: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 })),
      cols: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 })),
    })
    .chain((e) => {
      const rows = Math.min(e.rows, range.bottom - e.top + 1);
      const cols = Math.min(e.cols, range.right - e.left + 1);
      return fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map((values) => ({ ...e, rows, cols, values }));
    });
}

describe('填报 never writes an input cell', () => {
  let data: StandinWorkbookData;
  const bindings = new Map<string, SelfEvalBinding>();

  beforeAll(async () => {
    data = await fixtureWorkbook(FILE);
    for (const t of bindWorkbook(await readWorkbookFile(fixturePath(FILE))).tables) {
      if ((SHEETS as readonly string[]).includes(t.binding.sheet)) bindings.set(t.binding.sheet, t.binding as SelfEvalBinding);
    }
  });

  test.each(SHEETS)('%s: random single-cell and block edits', async (sheet) => {
    const binding = bindings.get(sheet)!;
    const inputs = new Set(inputCells(binding).map(refToA1));
    await fc.assert(
      fc.asyncProperty(fc.array(edits(binding.range), { minLength: 1, maxLength: 5 }), async (list) => {
        const { session, host } = sessionOver(structuredClone(data));
        await session.scan();
        await session.setMode('fill');
        for (const e of list) {
          const address = rangeToA1({ top: e.top, left: e.left, bottom: e.top + e.rows - 1, right: e.left + e.cols - 1 });
          const before = host.snapshot().sheets.find((s) => s.name === sheet)!.cells;
          await host.userEdit(sheet, address, e.values);
          await host.whenIdle();
          const after = host.snapshot().sheets.find((s) => s.name === sheet)!.cells;
          const edited = new Set<string>();
          for (let r = 0; r < e.rows; r++) for (let c = 0; c < e.cols; c++) edited.add(toA1(e.top + r, e.left + c));
          const qualitative = new Set(
            tableOn(session, sheet)
              .indicators.filter((i) => i.kind === 'qualitative')
              .map((i) => binding.indicators.find((b) => b.row === i.row - 1)?.score)
              .filter((c): c is NonNullable<typeof c> => !!c)
              .map(refToA1),
          );
          for (const addr of new Set([...Object.keys(before), ...Object.keys(after)])) {
            if (edited.has(addr)) continue;
            const x = before[addr];
            const y = after[addr];
            if ((x?.value ?? '') === (y?.value ?? '') && (x?.formula ?? null) === (y?.formula ?? null)) continue;
            if (y?.formula && y.formula === x?.formula) continue; // Excel recalculated a formula
            expect({ addr, input: inputs.has(addr) }).toEqual({ addr, input: false });
            expect({ addr, qualitativeScore: qualitative.has(addr) }).toEqual({ addr, qualitativeScore: false });
            expect({ addr, formulaOverwritten: !!x?.formula }).toEqual({ addr, formulaOverwritten: false });
          }
        }
        expect(host.eventHandlerErrors).toEqual([]);
        session.dispose();
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
