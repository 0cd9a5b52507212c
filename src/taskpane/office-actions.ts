import type { PaneActions } from './App';

/**
 * Pane actions backed by Excel. Placeholder: reports the active sheet and its
 * used range until the recognition engine is wired in.
 */
export const excelActions: PaneActions = {
  recognise: () =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRangeOrNullObject(true);
      sheet.load('name');
      used.load('address');
      await context.sync();
      const extent = used.isNullObject ? '空工作表' : used.address.replace(/^.*!/, '');
      return `已读取工作表“${sheet.name}”（${extent}）。表格识别将在后续版本接入。`;
    }),
};

/** Pane actions when the page runs outside Excel (plain browser). */
export const browserActions: PaneActions = {
  recognise: async () => '当前不在 Excel 中运行：请在 Excel 里打开本加载项，或使用试验台页面。',
};
