import { type Rect, intersectRects, rectOf } from '../address';
import type { CellModel } from '../model/cell';
import type { SheetModel } from '../model/sheet';
import type { WorkbookModel } from '../model/workbook';
import { FormulaEvaluator } from './evaluator';
import { type FormulaNode, collectReferences, parseFormula } from './parser';
import { FormulaSyntaxError } from './tokens';
import { type FormulaValue, UnsupportedFormula } from './values';

export interface ChangedArea {
  sheet: SheetModel;
  rect: Rect;
}

interface FormulaCell {
  key: string;
  sheet: SheetModel;
  row: number;
  column: number;
  cell: CellModel;
  references: ChangedArea[];
}

function keyOf(sheet: SheetModel, row: number, column: number): string {
  return `${sheet.id}:${row}:${column}`;
}

export function cellAsFormulaValue(cell: CellModel | undefined): FormulaValue {
  if (!cell) return { type: 'empty' };
  if (cell.isError) return { type: 'error', value: String(cell.value) };
  if (typeof cell.value === 'number') return { type: 'number', value: cell.value };
  if (typeof cell.value === 'boolean') return { type: 'boolean', value: cell.value };
  if (cell.value === '' && cell.formula === null) return { type: 'empty' };
  return { type: 'string', value: cell.value };
}

/**
 * Keeps formula results current. After a change, every formula that depends (directly or through other
 * formulas, on any sheet, or through a workbook name) on a changed area is recomputed; formulas the
 * evaluator does not support keep their cached result, or show #NAME? when they never had one.
 */
export class Recalculation {
  private readonly parsed = new Map<string, FormulaNode | null>();

  constructor(private readonly workbook: WorkbookModel) {}

  /** The parsed formula, or undefined when the text is not a valid formula. */
  parse(formula: string): FormulaNode | undefined {
    if (!this.parsed.has(formula)) {
      try {
        this.parsed.set(formula, parseFormula(formula));
      } catch (error) {
        if (!(error instanceof FormulaSyntaxError)) throw error;
        this.parsed.set(formula, null);
      }
    }
    return this.parsed.get(formula) ?? undefined;
  }

  isValidFormula(formula: string): boolean {
    return this.parse(formula) !== undefined;
  }

  run(changed: ChangedArea[], fresh: Array<{ sheet: SheetModel; row: number; column: number }>): void {
    const formulas = this.formulaCells();
    const dirty = new Set<string>(fresh.map((f) => keyOf(f.sheet, f.row, f.column)));
    const areas: ChangedArea[] = [...changed, ...fresh.map((f) => ({ sheet: f.sheet, rect: rectOf(f.row, f.column) }))];
    let grew = true;
    while (grew) {
      grew = false;
      for (const formula of formulas) {
        if (dirty.has(formula.key)) continue;
        const hit = formula.references.some((ref) => areas.some((area) => area.sheet === ref.sheet && intersectRects(area.rect, ref.rect)));
        if (hit) {
          dirty.add(formula.key);
          areas.push({ sheet: formula.sheet, rect: rectOf(formula.row, formula.column) });
          grew = true;
        }
      }
    }
    if (dirty.size === 0) return;
    this.evaluateDirty(formulas.filter((formula) => dirty.has(formula.key)));
  }

  /** Recomputes every formula of the workbook (after rows or columns moved and references were rewritten). */
  runAll(): void {
    const formulas = this.formulaCells();
    if (formulas.length > 0) this.evaluateDirty(formulas);
  }

  private evaluateDirty(targets: FormulaCell[]): void {
    const byKey = new Map(targets.map((target) => [target.key, target]));
    const state = new Map<string, 'computing' | 'done'>();
    const ensure = (sheet: SheetModel, row: number, column: number) => {
      const target = byKey.get(keyOf(sheet, row, column));
      if (!target) return;
      const current = state.get(target.key);
      if (current === 'done') return;
      if (current === 'computing') throw new CircularReference();
      compute(target);
    };
    const evaluator = new FormulaEvaluator({
      sheetByName: (name) => this.workbook.sheetByName(name),
      cellValue: (sheet, row, column) => {
        try {
          ensure(sheet, row, column);
        } catch (error) {
          if (error instanceof CircularReference) return { type: 'number', value: 0 };
          throw error;
        }
        return cellAsFormulaValue(sheet.cell(row, column));
      },
      rangeValues: (sheet, rect) => {
        const values: FormulaValue[] = [];
        sheet.forEachStoredCell(rect, (_cell, row, column) => {
          try {
            ensure(sheet, row, column);
          } catch (error) {
            if (!(error instanceof CircularReference)) throw error;
          }
          const value = cellAsFormulaValue(sheet.cell(row, column));
          if (value.type !== 'empty') values.push(value);
        });
        return values;
      },
      definedName: (name) => this.definedName(name),
    });
    const compute = (target: FormulaCell) => {
      state.set(target.key, 'computing');
      const { cell } = target;
      const node = cell.formula === null ? undefined : this.parse(cell.formula);
      try {
        if (!node) throw new UnsupportedFormula('invalid formula');
        const result = evaluator.evaluateFormula(node, target.sheet);
        storeResult(cell, result);
      } catch (error) {
        if (!(error instanceof UnsupportedFormula)) throw error;
        if (cell.value === '' && !cell.isError) {
          cell.value = '#NAME?';
          cell.isError = true;
        }
      }
      state.set(target.key, 'done');
    };
    for (const target of targets) {
      if (state.get(target.key) !== 'done') compute(target);
    }
  }

  private definedName(name: string): FormulaNode | undefined {
    const item = this.workbook.nameByName(name);
    return item ? this.parse(item.formula) : undefined;
  }

  private formulaCells(): FormulaCell[] {
    const cells: FormulaCell[] = [];
    for (const sheet of this.workbook.sheets) {
      sheet.forEachCell((cell, row, column) => {
        if (cell.formula === null) return;
        const node = this.parse(cell.formula);
        cells.push({ key: keyOf(sheet, row, column), sheet, row, column, cell, references: node ? this.references(node, sheet, 0) : [] });
      });
    }
    return cells;
  }

  private references(node: FormulaNode, home: SheetModel, depth: number): ChangedArea[] {
    const out: ChangedArea[] = [];
    for (const ref of collectReferences(node)) {
      if (ref.kind === 'reference') {
        const sheet = ref.sheet === undefined ? home : this.workbook.sheetByName(ref.sheet);
        if (sheet) out.push({ sheet, rect: ref.rect });
      } else if (ref.kind === 'name' && depth < 8) {
        const definition = this.definedName(ref.name);
        if (definition) out.push(...this.references(definition, home, depth + 1));
      }
    }
    return out;
  }
}

class CircularReference extends Error {}

function storeResult(cell: CellModel, result: FormulaValue): void {
  switch (result.type) {
    case 'number':
    case 'string':
    case 'boolean':
      cell.value = result.value;
      cell.isError = false;
      break;
    case 'error':
      cell.value = result.value;
      cell.isError = true;
      break;
    default:
      cell.value = 0;
      cell.isError = false;
  }
}
