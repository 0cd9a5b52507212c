import { createStandin } from '../../src/standin';
import { SAMPLE_SHEET, sampleWorkbook } from '../../src/playground/sample';
import { cellAddress, gridModel, parseRect, splitQualified } from '../../src/playground/sheet-view-model';

describe('the playground grid model', () => {
  it('draws the sample with its merged areas and display texts', () => {
    const { host } = createStandin(sampleWorkbook());
    const model = gridModel(host, SAMPLE_SHEET);
    expect(model.rows).toBeGreaterThanOrEqual(42);
    expect(model.cols).toBeGreaterThanOrEqual(11);
    const at = (a: string) => {
      const r = parseRect(a)!;
      return model.cells[r.top][r.left];
    };
    expect(at('C3').text).toBe('2022年度项目支出绩效自评表');
    expect(at('C3').span).toEqual({ rows: 1, cols: 9 });
    expect(at('D3').covered).toBe(true);
    expect(at('C13').span).toEqual({ rows: 27, cols: 1 });
    expect(at('I14')).toMatchObject({ text: '10', numeric: true });
    expect(at('G14')).toMatchObject({ text: '4次', numeric: false, input: '4次' });
    expect(model.selection).toBeNull();
  });

  it('follows edits, fills, notes and the selection', async () => {
    const { host, Excel } = createStandin(sampleWorkbook());
    await host.userEdit(SAMPLE_SHEET, 'H15', [['1次']]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SAMPLE_SHEET).getRange('K15');
      range.format.fill.color = '#FFC7CE';
      await context.sync();
    });
    host.userSelect(SAMPLE_SHEET, 'K15');
    const model = gridModel(host, SAMPLE_SHEET);
    const k15 = model.cells[14][10];
    expect(model.cells[14][7].text).toBe('1次');
    expect(k15.address).toBe('K15');
    expect(k15.fill?.toUpperCase()).toBe('#FFC7CE');
    expect(model.selection).toEqual({ top: 14, left: 10, bottom: 14, right: 10 });
  });

  it('reads qualified addresses and ranges', () => {
    expect(splitQualified('附件4!K14')).toEqual({ sheet: '附件4', range: 'K14' });
    expect(splitQualified("'My sheet'!B3:D4")).toEqual({ sheet: 'My sheet', range: 'B3:D4' });
    expect(splitQualified("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", range: 'A1' });
    expect(splitQualified('K14')).toBeNull();
    expect(parseRect('D4:B2')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(cellAddress(13, 10)).toBe('K14');
  });
});
