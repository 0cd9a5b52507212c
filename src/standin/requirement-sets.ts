import { standinErrors } from './errors';

/** The requirement set that each gated API of the stand-in belongs to (from the API type declarations). */
export const API_REQUIREMENTS: Readonly<Record<string, string>> = {
  'Workbook.comments': '1.10',
  'Workbook.customXmlParts': '1.5',
  'Workbook.getActiveCell': '1.7',
  'Workbook.notes': '1.18',
  'Workbook.settings': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.onChanged': '1.9',
  'Worksheet.comments': '1.10',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.notes': '1.18',
  'Worksheet.onChanged': '1.7',
  'Worksheet.tabColor': '1.7',
  'Range.conditionalFormats': '1.6',
  'Range.getIntersectionOrNullObject': '1.4',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.getResizedRange': '1.2',
  'Range.getUsedRange': '1.2',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.hyperlink': '1.7',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'ChartCollection.getCount': '1.4',
  'ChartCollection.getItemOrNullObject': '1.4',
  'Chart.id': '1.7',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getCount': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.formula': '1.7',
  'NamedItem.getRangeOrNullObject': '1.4',
  'CommentCollection.getItemOrNullObject': '1.14',
  'ConditionalFormatCollection.getItemOrNullObject': '1.14',
  'Runtime.enableEvents': '1.8',
  'RequestContext.runtime': '1.5',
  'WorksheetChangedEventArgs.getRange': '1.8',
  'WorksheetChangedEventArgs.getRangeOrNullObject': '1.8',
  'WorksheetChangedEventArgs.details': '1.9',
  'WorksheetChangedEventArgs.triggerSource': '1.14',
  'RunOptions.mergeUndoGroup': '1.20',
};

/** Compares dotted versions numerically ("1.9" < "1.10"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number(part) || 0);
  const pb = b.split('.').map((part) => Number(part) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export type ApiCheckTiming = 'call' | 'sync';

/** The requirement sets the simulated Excel claims to support, and the gate for APIs above them. */
export class RequirementSets {
  private readonly sets: Record<string, string>;

  constructor(sets: Record<string, string>) {
    this.sets = { ...sets };
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    const key = Object.keys(this.sets).find((set) => set.toLowerCase() === name.toLowerCase());
    if (key === undefined) return false;
    if (minVersion === undefined || minVersion === '') return true;
    return compareVersions(this.sets[key], String(minVersion)) >= 0;
  }

  excelApiAtLeast(version: string): boolean {
    return this.isSetSupported('ExcelApi', version);
  }

  /** Returns the ApiNotFound error for `api` when its requirement set is not supported, otherwise undefined. */
  checkApi(api: string): Error | undefined {
    const version = API_REQUIREMENTS[api];
    if (version === undefined || this.excelApiAtLeast(version)) return undefined;
    return standinErrors.apiNotFound(api, 'ExcelApi', version);
  }
}
