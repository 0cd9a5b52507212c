import type { CellModel } from './model/cell';
import { formatNumber } from './number-format';

/** `Range.text` of one cell: the value as displayed under the cell's number format. */
export function cellDisplayText(cell: CellModel | undefined): string {
  if (!cell) return '';
  const { value } = cell;
  if (cell.isError) return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, cell.numberFormat);
  return value;
}
