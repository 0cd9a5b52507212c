import { createExcelNamespace, type StandinExcel } from './excel-namespace';
import { createHost, type StandinHost } from './host-control';
import { workbookFromData } from './model/workbook-from-data';
import { createOfficeNamespace, type StandinOffice, type StandinPlatform } from './office-namespace';
import type { ApiCheckTiming } from './requirement-sets';
import { StandinEngine } from './runtime/engine';
import type { StandinWorkbookData } from './workbook-data';

export interface StandinOptions {
  /** Delay of every round trip to the simulated Excel, in milliseconds (default 0). */
  latencyMs?: number;
  /** Supported requirement sets, e.g. { ExcelApi: '1.12' } (default { ExcelApi: '1.20' }). */
  requirementSets?: Record<string, string>;
  /**
   * When an API above the supported requirement set is used: 'call' throws ApiNotFound at the call, as
   * office.js does (default); 'sync' makes the next sync reject with ApiNotFound instead.
   */
  apiCheck?: ApiCheckTiming;
  /** Office.context.platform (default 'PC'). */
  platform?: StandinPlatform;
}

export interface Standin {
  Excel: StandinExcel;
  Office: StandinOffice;
  host: StandinHost;
}

/** A simulated Excel holding `workbook`: the `Excel` and `Office` globals the add-in uses, and the host controls. */
export function createStandin(workbook: StandinWorkbookData, options: StandinOptions = {}): Standin {
  const engine = new StandinEngine(workbookFromData(workbook), {
    latencyMs: options.latencyMs ?? 0,
    requirementSets: options.requirementSets ?? { ExcelApi: '1.20' },
    apiCheck: options.apiCheck ?? 'call',
  });
  return {
    Excel: createExcelNamespace(engine),
    Office: createOfficeNamespace(engine, options.platform ?? 'PC'),
    host: createHost(engine),
  };
}
