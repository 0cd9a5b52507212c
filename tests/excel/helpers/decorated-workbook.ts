import type { StandinWorkbookData } from '../../../src/standin';
import { fixtureWorkbook } from './fixture-workbook';

export const DECORATED_FILE = 'seed-001-yueyang.xlsx';

/** 001 岳阳 with a fill and a note of the user's on cells that will be marked (J22, H14). */
export async function decoratedWorkbook(): Promise<StandinWorkbookData> {
  const data = await fixtureWorkbook(DECORATED_FILE);
  const sheet = data.sheets.find((s) => s.name === '附件4')!;
  const fills = sheet.cells.map((row) => row.map(() => null as string | null));
  fills[21][9] = '#FFFF00'; // J22, a score-mismatch
  fills[13][7] = '#E2EFDA'; // H14, target-far-exceeded
  sheet.fills = fills;
  sheet.notes = [{ address: 'H14', content: '数据来源：培训签到表', author: '填表人' }];
  return data;
}
