/**
 * What the running Excel supports beyond the manifest's minimum (ExcelApi 1.7).
 * Every newer feature is used only behind one of these flags, with a fallback.
 */
export interface ExcelCaps {
  /** WorksheetChangedEventArgs.details (1.9): a single-cell edit carries its new value. */
  details: boolean;
  /** WorksheetChangedEventArgs.triggerSource (1.14): the add-in's own writes are recognisable. */
  triggerSource: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** Notes (1.18) carry a finding's message; otherwise comments (1.10); otherwise only the fill. */
  annotations: 'notes' | 'comments' | 'none';
  /** RunOptions.mergeUndoGroup (1.20): each add-in write is one undo step in Excel. */
  mergeUndo: boolean;
  /** RunOptions.delayForCellEdit (documented with 1.11): wait for the user to leave cell edit mode. */
  delayForCellEdit: boolean;
}

export function detectCaps(office: typeof Office): ExcelCaps {
  const at = (version: string): boolean => {
    try {
      return office.context.requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    details: at('1.9'),
    triggerSource: at('1.14'),
    mergedAreas: at('1.13'),
    annotations: at('1.18') ? 'notes' : at('1.10') ? 'comments' : 'none',
    mergeUndo: at('1.20'),
    delayForCellEdit: at('1.11'),
  };
}
