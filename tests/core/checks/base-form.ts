import { FormSpec, selfEvalForm } from '../../helpers/self-eval-form';

/** A correct project self-evaluation form: every rule must stay silent on it. */
export function baseSpec(): FormSpec {
  return {
    funds: { initial: 100, budget: 100, executed: 95, weight: 10, rate: '95.00%', score: 9.5 },
    indicators: [
      ['产出指标(50分)', '数量指标', '培训次数', '≥4次', '4次', 20, 20],
      [null, '质量指标', '验收合格率', '100%', '100%', 20, 20],
      [null, '成本指标', '成本控制', '≤50万元', '48万元', 10, 10],
      ['效益指标(30分)', '社会效益指标', '群众知晓度', '显著提升', '达成年度指标', 30, 30],
      ['满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10],
    ],
    total: [100, 99.5],
    grade: '优',
  };
}

export function form(edit: (s: FormSpec) => void = () => {}) {
  const spec = baseSpec();
  edit(spec);
  return selfEvalForm(spec);
}
