import type { RequirementSets } from '../requirement-sets';
import type { StandinRequestContext } from './request-context';

export interface WorksheetChangedPayload {
  /** 'RangeEdited', or 'RowInserted' / 'RowDeleted' / 'ColumnInserted' / 'ColumnDeleted' (whole rows or columns). */
  changeType: string;
  worksheetId: string;
  /** Address without the sheet name ("C5", "C5:E9"). */
  address: string;
  details?: { valueBefore: unknown; valueTypeBefore: string; valueAfter: unknown; valueTypeAfter: string };
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

/**
 * Excel.WorksheetChangedEventArgs as office.js builds it: `details` only for single-cell value edits and
 * only from ExcelApi 1.9; `triggerSource` only from ExcelApi 1.14 (otherwise the keys are present but
 * undefined, as the office.js transform leaves them); `getRange` / `getRangeOrNullObject` from 1.8.
 */
export function buildWorksheetChangedArgs(payload: WorksheetChangedPayload, requirements: RequirementSets): Record<string, unknown> {
  const gate = (api: string) => {
    const error = requirements.checkApi(api);
    if (error) throw error;
  };
  return {
    type: 'WorksheetChanged',
    changeType: payload.changeType,
    source: 'Local',
    worksheetId: payload.worksheetId,
    address: payload.address,
    details: requirements.excelApiAtLeast('1.9') ? payload.details : undefined,
    triggerSource: requirements.excelApiAtLeast('1.14') ? payload.triggerSource : undefined,
    // office.js sets it only when Excel reports a shift direction (cells inserted or deleted, not whole rows).
    changeDirectionState: undefined,
    getRange(ctx: StandinRequestContext) {
      gate('WorksheetChangedEventArgs.getRange');
      return ctx.workbook.worksheets.getItem(payload.worksheetId).getRange(payload.address);
    },
    getRangeOrNullObject(ctx: StandinRequestContext) {
      gate('WorksheetChangedEventArgs.getRangeOrNullObject');
      return ctx.workbook.worksheets.getItemOrNullObject(payload.worksheetId).getRangeOrNullObjectForEvent(payload.address);
    },
  };
}
