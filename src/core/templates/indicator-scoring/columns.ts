import type { Grid } from '../../grid/grid';
import { normalise, normaliseBare } from '../../text/normalise';

export type ScoringRole = 'name' | 'weight' | 'score' | 'scoreRate' | 'criteria';

export interface ScoringColumn {
  col: number;
  role: ScoringRole;
  /** 1 for 一级 …; null for the leaf weight column or a single label column. */
  level: number | null;
  /** The name column also carries weights in its labels ("一级指标及权重"). */
  weightInLabel: boolean;
  /** A score column of a parent level ("小计" right of 一级指标 | 分值): the level comes from the name on its left. */
  subtotal?: boolean;
}

const LEVEL_WORDS: [RegExp, number][] = [
  [/一级/, 1],
  [/二级/, 2],
  [/三级/, 3],
  [/四级/, 4],
];
const CRITERIA = /评分标准|评分办法|评分依据|指标说明|指标解释|计分方法|评价标准|评分细则|扣分原因|扣分说明|说明|备注|指标值|目标值/;
const SCORE_RATE = /得分率/;
const SUBTOTAL_SCORE = /^(小计|得分小计|小计得分|一级得分|二级得分)$/;
const SCORE = /得分|评分|实得分|自评分/;
const WEIGHT = /分值|权重|标准分|满分|参考分|权数|分数/;
const LABEL = /^(指标|评价指标|指标名称|评价内容|考核内容|评价项目|考核指标|考核项目|指标内容|评价要素|项目|考核内容及分值|评价指标及分值|指标及分值)$/;

function levelOf(texts: string[]): number | null {
  let level: number | null = null;
  for (const t of texts) for (const [re, k] of LEVEL_WORDS) if (re.test(t)) level = Math.max(level ?? 0, k);
  return level;
}

/** Classifies a header column from its stack of texts (top rows of a multi-row header first). */
export function classify(stack: string[]): Omit<ScoringColumn, 'col'> | null {
  const texts = stack.map((t) => normaliseBare(t) || normalise(t)).filter(Boolean);
  if (texts.length === 0) return null;
  const bottom = texts[texts.length - 1];
  if (bottom.length > 20) return null;
  const level = levelOf(texts);
  if (SCORE_RATE.test(bottom)) return { role: 'scoreRate', level: null, weightInLabel: false };
  if (CRITERIA.test(bottom)) return { role: 'criteria', level: null, weightInLabel: false };
  if (SUBTOTAL_SCORE.test(bottom)) return { role: 'score', level, weightInLabel: false, subtotal: true };
  if (SCORE.test(bottom) && !/标准/.test(bottom)) return { role: 'score', level: null, weightInLabel: false };
  if (level !== null && (/指标|名称|内容|级/.test(bottom))) return { role: 'name', level, weightInLabel: WEIGHT.test(bottom) };
  if (WEIGHT.test(bottom)) return { role: 'weight', level, weightInLabel: false };
  if (LABEL.test(bottom)) return { role: 'name', level: null, weightInLabel: true };
  return null;
}

/** Header texts of a column across the header band, merged cells read once. */
export function columnStack(grid: Grid, top: number, bottom: number, col: number): string[] {
  const out: string[] = [];
  let last = '';
  for (let r = top; r <= bottom; r++) {
    const t = grid.seenText(r, col);
    if (t.trim() && t !== last) out.push(t);
    last = t;
  }
  return out;
}
