/** Why a workbook could not be read; `code` is part of the JSON report (files[].error.code). */
export type ReadErrorCode =
  | 'not-found'
  | 'not-xlsx'
  | 'encrypted'
  | 'legacy-xls'
  | 'corrupt'
  | 'too-large'
  | 'too-many-cells'
  | 'timeout'
  | 'zip-bomb';

export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const ENCRYPTED_MESSAGE = '工作簿设有打开密码（已加密），无法读取；请去除密码后再检查';
