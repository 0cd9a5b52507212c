import { ruleTester } from '../../helpers/rule-tester';
import { targetFarExceeded } from '../../../src/core/checks/rules/target-far-exceeded';
import { form } from './base-form';

const plus50 = form((s) => { s.indicators[0][4] = '6次'; });
const equalKind = form((s) => { s.indicators[0][3] = '=4次'; s.indicators[0][4] = '8次'; });
const noComparator = form((s) => { s.indicators[0][3] = 10; s.indicators[0][4] = 14; });

ruleTester(targetFarExceeded, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: '+30% exactly', grid: form((s) => { s.indicators[0][3] = '10次'; s.indicators[0][4] = '13次'; }).grid },
    { name: 'reverse indicator far under its cap', grid: form((s) => { s.indicators[2][4] = '10万元'; }).grid },
    { name: 'qualitative row', grid: form((s) => { s.indicators[3][4] = '远超预期'; }).grid },
  ],
  invalid: [
    { name: '4次 → 6次 (+50%)', grid: plus50.grid, cells: [plus50.indicator(0, 'actual')], messageIncludes: '50.00%' },
    { name: 'equal kind doubled', grid: equalKind.grid, cells: [equalKind.indicator(0, 'actual')] },
    { name: 'bare numbers, +40%', grid: noComparator.grid, cells: [noComparator.indicator(0, 'actual')] },
  ],
});
