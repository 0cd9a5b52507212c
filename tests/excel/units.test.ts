import { readWorkbookFile } from '../../src/cli/read-xlsx';
import { bindWorkbook } from '../../src/core/analyse';
import { fillPlan } from '../../src/core/fill/plan';
import { national } from '../../src/core/profiles/national';
import { parseQualified, parseAreas, splitAreas, absoluteRange, qualified } from '../../src/excel/address';
import { remapBinding, shiftFromAnchors } from '../../src/excel/binding-remap';
import { fillsCopiedFromMarks, type StructureChange } from '../../src/excel/highlight-inherit';
import type { AppliedMark } from '../../src/excel/highlights';
import { FormulaIndex, formulaRefs } from '../../src/excel/formula-deps';
import { LiveModel } from '../../src/excel/live-model';
import { SheetGrid } from '../../src/excel/sheet-grid';
import { parsedAt } from '../../src/core/values';
import { fixturePath } from './helpers/fixture-workbook';
import type { CellInput } from '../../src/core/grid/grid';

describe('addresses', () => {
  test('qualified references in and out', () => {
    expect(qualified("O'Neil 表", absoluteRange({ top: 2, left: 2, bottom: 39, right: 10 }))).toBe("'O''Neil 表'!$C$3:$K$40");
    expect(parseQualified("='O''Neil 表'!$C$3:$K$40")).toEqual({ sheet: "O'Neil 表", range: { top: 2, left: 2, bottom: 39, right: 10 } });
    expect(parseQualified('=附件4!$K$14')).toEqual({ sheet: '附件4', range: { top: 13, left: 10, bottom: 13, right: 10 } });
    expect(parseQualified('=#REF!')).toBeNull();
    expect(parseQualified('=0.6')).toBeNull();
    expect(splitAreas("'a, b'!A1:B2, C3")).toEqual(["'a, b'!A1:B2", 'C3']);
    expect(parseAreas('附件4!A2:A3, 附件4!B2:C2')).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
    expect(parseAreas('5:6')[0]).toMatchObject({ top: 4, bottom: 5, left: 0 });
  });
});

describe('formula dependencies', () => {
  test('references, qualified or not; names and INDIRECT are unknown', () => {
    expect(formulaRefs('=F6/E6').refs.map((r) => r.range.left)).toEqual([5, 4]);
    expect(formulaRefs('=ROUND(LOG10(A1),2)')).toMatchObject({ unknown: false, refs: [{ sheet: null }] });
    expect(formulaRefs("=SUM('附件 4'!B3:B9)").refs[0]).toMatchObject({ sheet: '附件 4', range: { top: 2, bottom: 8 } });
    expect(formulaRefs('=税率*B2').unknown).toBe(true);
    expect(formulaRefs('=INDIRECT("A1")').unknown).toBe(true);
    expect(formulaRefs('="A1"&TRUE').refs).toEqual([]);
  });

  test('dependents are followed across cells and sheets', () => {
    const grid = (name: string, rows: CellInput[][]) => SheetGrid.fromRows(name, rows);
    const a = grid('A', [[{ value: 1 }, { value: 2, formula: '=A1*2' }], [{ value: 4, formula: '=B1*2' }]]);
    const b = grid('B', [[{ value: 5, formula: '=A!A2+1' }, { value: 9 }]]);
    const index = new FormulaIndex([a, b]);
    expect(index.dependents('A', [{ top: 0, left: 0, bottom: 0, right: 0 }]).map((d) => `${d.sheet}!${d.row},${d.col}`).sort()).toEqual(['A!0,1', 'A!1,0', 'B!0,0']);
    expect(index.dependents('B', [{ top: 0, left: 1, bottom: 0, right: 1 }])).toEqual([]);
  });
});

describe('sheet grid', () => {
  test('each edit is a new grid: the core never reads a parse of the old value', () => {
    const g = SheetGrid.fromRows('s', [[{ value: '4次' }, { value: 0.5, text: '50%', numberFormat: '0%' }]]);
    expect(parsedAt(g, 0, 0)).toMatchObject({ kind: 'quantity' });
    const h = g.withCells([{ row: 0, col: 0, value: '显著提升' }, { row: 0, col: 1, value: 0.75 }]);
    expect(parsedAt(h, 0, 0).kind).toBe('text');
    expect(h.text(0, 1)).toBe('75%');
    expect(g.value(0, 0)).toBe('4次');
    expect(h.withCells([{ row: 3, col: 4, value: 1 }])).toMatchObject({ rowCount: 4, colCount: 5 });
  });

  test('a long run of edits folds back into plain arrays', () => {
    let g = SheetGrid.fromRows('s', [[{ value: 0 }]]);
    for (let i = 0; i < 1500; i++) g = g.withCells([{ row: i % 40, col: i % 7, value: i }]);
    expect(g.value(1499 % 40, 1499 % 7)).toBe(1499);
    expect(g.value(0, 0)).toBe(1400);
  });
});

describe('live model', () => {
  test('填报 plans the same writes as the core fillPlan, and one pass settles them', async () => {
    const grids = await readWorkbookFile(fixturePath('seed-001-yueyang.xlsx'));
    const sheets = grids.map((g, i) => {
      const rows: CellInput[][] = [];
      for (let r = 0; r < g.rowCount; r++) {
        const row: CellInput[] = [];
        for (let c = 0; c < g.colCount; c++) row.push({ value: g.value(r, c), text: g.text(r, c), numberFormat: g.numberFormat(r, c), formula: g.formula(r, c) });
        rows.push(row);
      }
      return { id: `s${i}`, name: g.name, grid: SheetGrid.fromRows(g.name, rows, g.merges) };
    });
    const model = new LiveModel(sheets, national);
    const wb = bindWorkbook(sheets.map((s) => s.grid));
    model.addTables(wb.tables.map((t, i) => ({ key: `T${i + 1}`, sheetId: sheets.find((s) => s.name === t.binding.sheet)!.id, binding: t.binding, overrides: { kinds: [], cells: [] } })));
    for (const t of model.tables) {
      const grid = model.grid(t);
      const core = fillPlan(grid, t.analysed, national)
        .filter((w) => !grid.formula(w.cell.row, w.cell.col) && grid.value(w.cell.row, w.cell.col) !== w.value)
        .map((w) => `${w.cell.row},${w.cell.col}=${w.value}`)
        .sort();
      const ours = model.fillWrites([t]).map((w) => `${w.cell.row},${w.cell.col}=${w.value}`).sort();
      expect(ours).toEqual(core);
    }
    // One pass is enough: once the plan is applied, planning again finds nothing to write.
    const { writes } = model.fillAndApply(model.tables);
    expect(writes.length).toBeGreaterThan(0);
    expect(model.fillWrites(model.tables)).toEqual([]);
  });
});

describe('moving a saved binding', () => {
  test('rows move like the nearest anchor above them', () => {
    const shift = shiftFromAnchors([
      { from: { row: 2, col: 2 }, to: { row: 3, col: 2 } },
      { from: { row: 20, col: 2 }, to: { row: 23, col: 2 } },
    ]);
    expect([shift.row(0), shift.row(2), shift.row(10), shift.row(20), shift.row(30)]).toEqual([1, 3, 11, 23, 33]);
    expect(shift.col(5)).toBe(5);
  });

  test('every cell of a binding is moved, scoring parents stay indexes', async () => {
    const grids = await readWorkbookFile(fixturePath('seed-001-yueyang.xlsx'));
    const wb = bindWorkbook(grids);
    const down = { row: (r: number) => r + 2, col: (c: number) => c + 1 };
    for (const { binding } of wb.tables) {
      const moved = remapBinding(binding, down);
      expect(moved.range).toEqual({ top: binding.range.top + 2, left: binding.range.left + 1, bottom: binding.range.bottom + 2, right: binding.range.right + 1 });
      if (binding.template === 'indicator-scoring' && moved.template === 'indicator-scoring') {
        expect(moved.nodes.map((n) => n.parent)).toEqual(binding.nodes.map((n) => n.parent));
        expect(moved.nodes[0].labelCell).toEqual({ row: binding.nodes[0].labelCell.row + 2, col: binding.nodes[0].labelCell.col + 1 });
      }
      if (binding.template === 'project-self-eval' && moved.template === 'project-self-eval') {
        expect(moved.indicators[0].score).toEqual({ row: binding.indicators[0].score!.row + 2, col: binding.indicators[0].score!.col + 1 });
        expect(moved.funds?.columns.budget).toBe(binding.funds!.columns.budget! + 1);
      }
    }
  });
});

describe('fills Excel copies from marks into inserted rows', () => {
  const mark = (row: number, col: number, fill: string | null, original: string | null): AppliedMark => ({ sheetId: 'S', row, col, fill, note: null, original: { fill: original, note: false }, anchor: 'JIXIAO_M1' });
  const rows = (changeType: string, top: number, bottom: number, sheetId = 'S'): StructureChange => ({ sheetId, changeType, areas: [{ top, left: 0, bottom, right: 16383 }] });
  const marks = [mark(13, 10, '#FFC7CE', null), mark(13, 7, '#FFEB9C', '#E2EFDA'), mark(21, 10, null, null)];

  test('rows inserted right below marked cells get back the fill the cell above had before its mark', () => {
    expect(fillsCopiedFromMarks(marks, [rows('RowInserted', 14, 15)])).toEqual([
      { sheetId: 'S', row: 14, col: 10, color: null },
      { sheetId: 'S', row: 15, col: 10, color: null },
      { sheetId: 'S', row: 14, col: 7, color: '#E2EFDA' },
      { sheetId: 'S', row: 15, col: 7, color: '#E2EFDA' },
    ]);
    // A mark without a fill of the add-in's (a native rule paints it), rows inserted elsewhere or on another sheet: nothing to undo.
    expect(fillsCopiedFromMarks(marks, [rows('RowInserted', 22, 22), rows('RowInserted', 13, 13), rows('RowInserted', 14, 14, 'T')])).toEqual([]);
  });

  test('a burst is followed in order: copies of copies, copies moved by a later deletion', () => {
    const burst = fillsCopiedFromMarks([marks[0]], [rows('RowInserted', 14, 14), rows('RowInserted', 15, 16)]);
    expect(burst.map((f) => f.row)).toEqual([14, 15, 16]);
    expect(fillsCopiedFromMarks([marks[0]], [rows('RowInserted', 14, 14), rows('RowDeleted', 13, 13)])).toEqual([{ sheetId: 'S', row: 13, col: 10, color: null }]);
    expect(fillsCopiedFromMarks([marks[0]], [rows('RowDeleted', 13, 13), rows('RowInserted', 13, 13)])).toEqual([]);
  });

  test('columns inserted right of a marked cell', () => {
    const columns: StructureChange = { sheetId: 'S', changeType: 'ColumnInserted', areas: [{ top: 0, left: 8, bottom: 1048575, right: 8 }] };
    expect(fillsCopiedFromMarks(marks, [columns])).toEqual([{ sheetId: 'S', row: 13, col: 8, color: '#E2EFDA' }]);
  });
});
