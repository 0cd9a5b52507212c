import type { Template } from './index';
import { recogniseSelfEval } from './self-eval/recognise';

/** 项目支出绩效自评表: 项目名称 / 主管部门 / 实施单位, funds block, indicator table (财预〔2020〕10号 附件). */
export const projectSelfEval: Template = {
  id: 'project-self-eval',
  name: '项目支出绩效自评表',
  recognise: (grid) => recogniseSelfEval(grid).filter((t) => t.template === 'project-self-eval'),
};
