import type { Rect } from '../address';
import { SheetModel } from './sheet';

export interface NamedItemModel {
  name: string;
  /** Formula text, e.g. "=Sheet1!$A$1:$B$2" or "=123". */
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface SettingModel {
  key: string;
  /** JSON text of the value, as Office stores settings. */
  json: string;
  deleted: boolean;
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
  namespaceUri: string;
  deleted: boolean;
}

export interface SelectionModel {
  sheetId: string;
  rect: Rect;
}

function guid(kind: number, n: number): string {
  const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');
  return `{00000000-${hex(n, 4)}-${hex(kind, 4)}-0000-000000000000}`;
}

/** The whole workbook: sheets in tab order plus workbook-level names, settings and custom XML parts. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  names: NamedItemModel[] = [];
  settings: SettingModel[] = [];
  customXmlParts: CustomXmlPartModel[] = [];
  activeSheetId = '';
  selection: SelectionModel | undefined;
  private readonly counters = new Map<number, number>();

  /** Deterministic GUID-like ids ("{00000000-0001-0000-0000-000000000000}"), one series per kind. */
  nextId(kind: 'sheet' | 'conditionalFormat' | 'chart' | 'comment' | 'customXmlPart'): string {
    const code = { sheet: 0, conditionalFormat: 1, chart: 2, comment: 3, customXmlPart: 4 }[kind];
    const n = (this.counters.get(code) ?? 0) + 1;
    this.counters.set(code, n);
    return guid(code, n);
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this.nextId('sheet'), name);
    this.sheets.push(sheet);
    if (this.activeSheetId === '') this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  /** Worksheet lookup as WorksheetCollection.getItem does it: by name (case-insensitive) or by id. */
  sheetByKey(key: string): SheetModel | undefined {
    return this.sheetByName(key) ?? this.sheetById(key);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  nameByName(name: string): NamedItemModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((item) => item.name.toLowerCase() === lower);
  }

  settingByKey(key: string): SettingModel | undefined {
    return this.settings.find((setting) => setting.key === key);
  }

  customXmlPartById(id: string): CustomXmlPartModel | undefined {
    const upper = id.toUpperCase();
    return this.customXmlParts.find((part) => part.id.toUpperCase() === upper);
  }

  nextDefaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const candidate = `Sheet${n}`;
      if (!this.sheetByName(candidate)) return candidate;
    }
  }
}
