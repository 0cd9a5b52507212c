import { customRuleHolds, shiftFormula } from '../../src/playground/conditional-format';

describe('conditional formats in the playground grid', () => {
  it('shift relative references and keep absolute ones and quoted text', () => {
    expect(shiftFormula('AND(LEN(TRIM(K14))=0,J14<I14)', 2, 0)).toBe('AND(LEN(TRIM(K16))=0,J16<I16)');
    expect(shiftFormula('$K$14+K$14+$K14', 3, 1)).toBe('$K$14+L$14+$K17');
    expect(shiftFormula('ISTEXT("A1")&B2', 1, 1)).toBe('ISTEXT("A1")&C3');
    expect(shiftFormula('LOG10(A1)', 1, 0)).toBe('LOG10(A2)');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });

  // K14:K16 empty reason while score < weight, the adapter's rule.
  const rule = '=AND(LEN(TRIM(K14))=0,ISNUMBER(J14),ISNUMBER(I14),J14<I14,ISTEXT("jixiao"))';
  const origin = { top: 13, left: 10 };
  const sheet: Record<string, string | number> = { I14: 10, J14: 9, K14: '', I15: 5, J15: 5, K15: '', I16: 10, J16: 8, K16: '原因' };
  const lookup = (row: number, col: number) => sheet[`${String.fromCharCode(65 + col)}${row + 1}`] ?? '';

  it('paint an empty reason cell scored below its weight, and only that', () => {
    expect(customRuleHolds(rule, origin, 13, 10, lookup)).toBe(true);
    expect(customRuleHolds(rule, origin, 14, 10, lookup)).toBe(false); // full marks
    expect(customRuleHolds(rule, origin, 15, 10, lookup)).toBe(false); // reason given
  });

  it('never paint on what they cannot evaluate', () => {
    expect(customRuleHolds('=VLOOKUP(A1,B:C,2,FALSE)', origin, 13, 10, lookup)).toBe(false);
    expect(customRuleHolds('=(', origin, 13, 10, lookup)).toBe(false);
    expect(customRuleHolds('=Sheet2!A1=1', origin, 13, 10, lookup)).toBe(false);
  });

  it('compare as Excel does: empty is 0 against numbers, text after numbers', () => {
    expect(customRuleHolds('=A1=0', { top: 0, left: 0 }, 0, 0, () => '')).toBe(true);
    expect(customRuleHolds('=A1>100', { top: 0, left: 0 }, 0, 0, () => 'abc')).toBe(true);
    expect(customRuleHolds('=OR(NOT(A1),A1*2=4)', { top: 0, left: 0 }, 0, 0, () => 2)).toBe(true);
    expect(customRuleHolds('=IF(A1>1,TRUE,FALSE)', { top: 0, left: 0 }, 0, 0, () => 1)).toBe(false);
  });
});
