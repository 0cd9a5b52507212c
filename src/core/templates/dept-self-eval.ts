import type { Template } from './index';
import { recogniseSelfEval } from './self-eval/recognise';

/** 部门整体支出绩效自评表: 预算单位名称 and 年度资金总额 without 项目名称, same funds block and indicator table. */
export const deptSelfEval: Template = {
  id: 'dept-self-eval',
  name: '部门整体支出绩效自评表',
  recognise: (grid) => recogniseSelfEval(grid).filter((t) => t.template === 'dept-self-eval'),
};
