import type { Grid } from '../../core/grid/grid';
import type { Limits } from '../limits';
import { PackageParts } from './package-parts';
import { readSharedStrings, SHARED_STRINGS_PART } from './shared-strings-part';
import { sheetGrid } from './sheet-grid';
import { readSheetPart } from './sheet-part';
import { CellStyles } from './styles-part';
import { readWorkbookInfo } from './workbook-part';

const STYLES_PART = 'xl/styles.xml';

/**
 * An .xlsx package (already through guardXlsxPackage) as the grids
 * read-xlsx.ts builds from ExcelJS, read straight from the XML parts of the
 * package: the workbook, its relationships, shared strings, styles and
 * worksheets; nothing else is inflated.
 *
 * Throws FastXlsxError (code 'corrupt') on anything it does not read exactly
 * as ExcelJS would; the caller then reads the file with ExcelJS. Sheet limits
 * are checked as toGrid() checks them, after every sheet is read, since
 * ExcelJS too loads the whole workbook first.
 */
export function readXlsxFast(buf: Buffer, limits: Limits, inflated?: ReadonlyMap<string, Buffer>): Grid[] {
  const parts = new PackageParts(buf, inflated);
  const { sheets, date1904 } = readWorkbookInfo(parts);
  const styles = parts.has(STYLES_PART) ? CellStyles.parse(parts.text(STYLES_PART), STYLES_PART) : CellStyles.none();
  const sharedStrings = parts.has(SHARED_STRINGS_PART) ? readSharedStrings(parts.text(SHARED_STRINGS_PART)) : undefined;
  const numberTexts = new Map<string | undefined, Map<number, string>>();
  const read = sheets.map((s) => ({ name: s.name, cells: readSheetPart(parts.text(s.part), s.part, { styles, sharedStrings, date1904, numberTexts }) }));
  return read.map((s) => sheetGrid(s.name, s.cells, limits));
}
