import * as path from 'path';
import { sheetNameProblem, xmlDecodeAgain } from './exceljs-semantics';
import { FastXlsxError } from './fast-xlsx-error';
import type { PackageParts } from './package-parts';
import { CLOSE, eachChild, END, OPEN, XmlScanner } from './xml-scanner';

export interface SheetRef {
  name: string;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

export interface WorkbookInfo {
  /** Worksheets in workbook order, hidden ones included; chart sheets are not worksheets. */
  sheets: SheetRef[];
  date1904: boolean;
}

/** ExcelJS reads the package's parts at these fixed names. */
export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** Every entry ExcelJS parses as a worksheet (its own, unanchored, pattern). */
const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** Sheets ExcelJS leaves out of a workbook without a word. */
const NOT_WORKSHEET = /\/(chartsheet|dialogsheet|xlMacrosheet|xlIntlMacrosheet)$/;
const WORKBOOK_ELEMENTS = new Set(['sheets', 'sheet', 'workbookPr']);

interface Relationship {
  type: string | undefined;
  target: string | undefined;
}

/**
 * The workbook's sheets, in order, with their parts, taken as ExcelJS takes
 * them: a sheet's part is "xl/" + its relationship target without leading
 * spaces or "/xl/". Layouts where that differs from the package's real part,
 * sheets without a relationship or a valid sheetId, worksheet parts no sheet
 * uses, and names the ExcelJS Worksheet would refuse or shorten are left to
 * ExcelJS.
 */
export function readWorkbookInfo(parts: PackageParts): WorkbookInfo {
  if (!parts.has(WORKBOOK_PART)) throw new FastXlsxError(WORKBOOK_PART, '缺失');
  if (!parts.has(WORKBOOK_RELS)) throw new FastXlsxError(WORKBOOK_RELS, '缺失');
  const { declared, date1904 } = readWorkbookXml(parts.text(WORKBOOK_PART));
  const rels = readRelationships(parts.text(WORKBOOK_RELS), WORKBOOK_RELS);
  const worksheetParts = new Set([...parts.names()].filter((n) => EXCELJS_WORKSHEET.test(n)));
  const sheets: SheetRef[] = [];
  const ids = new Set<number>();
  const names = new Set<string>();
  const used = new Set<string>();
  const fail = (why: string): never => {
    throw new FastXlsxError(WORKBOOK_PART, why);
  };
  for (const s of declared) {
    if (!Number.isInteger(s.id) || s.id < 1 || ids.has(s.id)) fail(`工作表「${s.name}」的 sheetId 无效或重复`);
    ids.add(s.id);
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (!rel || rel.target === undefined) return fail(`工作表「${s.name}」没有对应的部件`);
    const part = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!worksheetParts.has(part)) {
      if (rel.type !== undefined && NOT_WORKSHEET.test(rel.type)) continue;
      fail(`工作表「${s.name}」的部件 ${rel.target} 不在通常的位置`);
    }
    const resolved = rel.target.startsWith('/') ? rel.target.slice(1) : path.posix.normalize(`xl/${rel.target}`);
    if (resolved !== part) fail(`工作表「${s.name}」的部件路径 ${rel.target} 写法少见`);
    if (used.has(part)) fail(`两个工作表共用部件 ${part}`);
    used.add(part);
    const problem = sheetNameProblem(s.name, names);
    if (problem) fail(problem);
    names.add(s.name.toLowerCase());
    sheets.push({ name: s.name, part });
  }
  for (const p of worksheetParts) if (!used.has(p)) throw new FastXlsxError(p, '不属于任何工作表');
  return { sheets, date1904 };
}

interface DeclaredSheet {
  name: string;
  id: number;
  rId: string | undefined;
}

function readWorkbookXml(xml: string): { declared: DeclaredSheet[]; date1904: boolean } {
  const x: XmlScanner = new XmlScanner(xml, WORKBOOK_PART);
  x.expectRoot('workbook');
  const declared: DeclaredSheet[] = [];
  let date1904 = false;
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name === 'workbookPr') {
      date1904 = x.attr('date1904') === '1';
      x.expectEmpty();
    } else if (x.name === 'sheets') {
      // A later <sheets> replaces an earlier one, as in ExcelJS's list reader.
      declared.length = 0;
      eachChild(
        x,
        'sheet',
        () => {
          const name = x.attr('name');
          if (name === undefined) x.fail('<sheet> 缺少 name');
          declared.push({ name: xmlDecodeAgain(name), id: parseInt(x.attr('sheetId') ?? '', 10), rId: x.attr('r:id') });
        },
        'empty',
      );
    } else {
      x.skipElement(WORKBOOK_ELEMENTS);
    }
  }
  return { declared, date1904 };
}

/** A relationships part: Id → type and target (a later Id wins, as in ExcelJS). */
export function readRelationships(xml: string, part: string): Map<string, Relationship> {
  const x: XmlScanner = new XmlScanner(xml, part);
  x.expectRoot('Relationships');
  const rels = new Map<string, Relationship>();
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    // ExcelJS refuses any other element here.
    if (x.name !== 'Relationship') x.fail(`意外的元素 <${x.name}>`);
    const id = x.attr('Id');
    rels.set(String(id), { type: x.attr('Type'), target: x.attr('Target') });
    x.expectEmpty();
  }
  return rels;
}
