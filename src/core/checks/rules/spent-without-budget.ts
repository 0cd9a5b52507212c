import type { Rule } from '../types';
import { quantityOf } from '../../evaluate/read';

export const spentWithoutBudget: Rule = {
  code: 'spent-without-budget',
  severity: 'error',
  description: '预算为 0 或为空却有支出',
  check({ table }) {
    return table.spending
      .filter((s) => {
        const spent = quantityOf(s.spent);
        const budget = quantityOf(s.budget);
        const noBudget = !budget || budget.value.isZero();
        const budgetUnreadable = s.budget?.parsed.kind === 'text';
        return !!spent && spent.value.gt(0) && noBudget && !budgetUnreadable;
      })
      .map((s) => ({
        cell: s.spent.cell,
        message: `${s.what}预算为${quantityOf(s.budget)?.value.toFixed() ?? '空'}，支出却为${quantityOf(s.spent)!.value.toFixed()}`,
        expected: '0',
        actual: quantityOf(s.spent)!.value.toFixed(),
      }));
  },
};
