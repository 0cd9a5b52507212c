import { createStandin, type Standin, type StandinOptions, type StandinWorkbookData, sheetFromRows, workbookFromSheets } from '../../src/standin';

/** A small evaluation-form workbook used across the stand-in tests. */
export function sampleWorkbook(): StandinWorkbookData {
  return workbookFromSheets(
    sheetFromRows('评分表', [
      ['指标', '分值', '得分', '得分率'],
      ['产出指标', 40, 36, '=C2/B2'],
      ['效益指标', 30, 24, '=C3/B3'],
      ['满意度', 30, 27, '=C4/B4'],
      ['合计', '=SUM(B2:B4)', '=SUM(C2:C4)', '=ROUND(C5/B5,4)'],
    ], { numberFormats: [[null, null, null, null], [null, null, null, '0.00%'], [null, null, null, '0.00%'], [null, null, null, '0.00%'], [null, null, null, '0.00%']] }),
    sheetFromRows('Sheet 2', [['a', 1], ['b', 2]]),
  );
}

export interface Kit extends Standin {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function standin(data: StandinWorkbookData = sampleWorkbook(), options: StandinOptions = {}): Kit {
  const created = createStandin(data, options);
  return { ...created, run: (batch) => created.Excel.run(batch) };
}

/** Waits for queued timers (event handlers run a macrotask after the change). */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
