import { WorkbookReadError } from '../read-error';

/**
 * The fast reader met something it does not read exactly as ExcelJS would
 * (malformed XML, an unusual package layout, a feature it leaves to ExcelJS).
 * A 'corrupt' read error, so it is a valid report on its own, but the caller
 * hands the file to ExcelJS instead, which then decides.
 */
export class FastXlsxError extends WorkbookReadError {
  constructor(
    readonly part: string,
    why: string,
  ) {
    super('corrupt', `工作簿已损坏或格式不正确：${part} ${why}`);
  }
}
