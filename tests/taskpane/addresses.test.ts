import { cellPosition, columnLetters, normaliseCellAddress, spanningRange } from '../../src/taskpane/state/addresses';
import { shortProfileName } from '../../src/taskpane/views/ActionsBar';

describe('cell addresses typed into the pane', () => {
  it.each([
    ['h7', 'H7'],
    [' $H$7 ', 'H7'],
    ['AB123', 'AB123'],
    ['XFD1048576', 'XFD1048576'],
  ])('%p is the cell %p', (typed, cell) => {
    expect(normaliseCellAddress(typed)).toBe(cell);
  });

  it.each(['', 'H', '7', 'H0', 'H7:H9', '附件4!H7', 'ABCD1', '=H7'])('%p is not a cell', (typed) => {
    expect(normaliseCellAddress(typed)).toBeNull();
  });

  it('finds row and column', () => {
    expect(cellPosition('K14')).toEqual({ row: 14, col: 11 });
    expect(cellPosition('AA1')).toEqual({ row: 1, col: 27 });
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(16384)).toBe('XFD');
  });

  it('spans an indicator row from its cells', () => {
    expect(spanningRange(['G14', 'H14', 'I14', 'J14', 'K14'])).toBe('G14:K14');
    expect(spanningRange(['K14', 'F14'])).toBe('F14:K14');
    expect(spanningRange(['D7'])).toBe('D7');
    expect(spanningRange(['F14', 'G15'])).toBe('F14:G15');
    expect(spanningRange([])).toBeNull();
  });
});

describe('profile names in the closed list', () => {
  it('drop the parenthesised detail', () => {
    expect(shortProfileName('全国通用（财预〔2020〕10号）')).toBe('全国通用');
    expect(shortProfileName('深圳罗湖（部门整体支出绩效评价共性指标体系框架 2022）')).toBe('深圳罗湖');
    expect(shortProfileName('Demo (2024)')).toBe('Demo');
    expect(shortProfileName('某市 2024')).toBe('某市 2024');
    expect(shortProfileName('（无名）')).toBe('（无名）');
  });
});
