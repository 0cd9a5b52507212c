import { Decimal } from '../decimal';

/** A written unit read into its normalised unit and the power of ten that scales the written number into it. */
export interface UnitReading {
  unit: string;
  /** value in `unit` = written number × 10^exp ("1.2亿" → exp 4 into 万元). */
  exp: number;
}

/** Money as written → 万元 (the base of these forms) or 元, which is never silently turned into 万元. */
const MONEY: Record<string, UnitReading> = {
  元: { unit: '元', exp: 0 },
  千元: { unit: '万元', exp: -1 },
  万: { unit: '万元', exp: 0 },
  万元: { unit: '万元', exp: 0 },
  百万元: { unit: '万元', exp: 2 },
  千万元: { unit: '万元', exp: 3 },
  亿: { unit: '万元', exp: 4 },
  亿元: { unit: '万元', exp: 4 },
};

/** Count, time and measure units as written (NFKC applied, Latin in lower case) → normalised unit. */
const COUNTS: Record<string, string> = {
  次: '次', 人次: '人次', 家: '家', 个: '个', 人: '人', 户: '户', 笔: '笔', 项: '项',
  篇: '篇', 场: '场', 场次: '场次', 期: '期', 份: '份', 件: '件', 台: '台', 套: '套',
  辆: '辆', 条: '条', 所: '所', 名: '名', 座: '座', 册: '册', 本: '本', 张: '张',
  处: '处', 间: '间', 株: '株', 棵: '棵', 头: '头', 只: '只', 批: '批', 批次: '批次',
  门: '门', 节: '节', 课时: '课时', 学时: '学时', 班: '班', 起: '起', 例: '例', 宗: '宗',
  单: '单', 盏: '盏', 床: '床', 片: '片', 块: '块', 组: '组', 支: '支', 部: '部',
  首: '首', 幅: '幅', 集: '集', 轮: '轮', 届: '届', 倍: '倍', 分: '分',
  个百分点: '百分点', 百分点: '百分点',
  天: '天', 日: '日', 周: '周', 月: '月', 个月: '月', 年: '年', 季度: '季度', 个季度: '季度',
  工作日: '工作日', 个工作日: '工作日', 小时: '小时', h: '小时', 分钟: '分钟',
  平方米: '平方米', 平米: '平方米', m2: '平方米', 平方公里: '平方公里', km2: '平方公里',
  公顷: '公顷', 亩: '亩', 立方米: '立方米', m3: '立方米', 米: '米', m: '米',
  公里: '公里', 千米: '公里', km: '公里', 吨: '吨', t: '吨', 公斤: '公斤', 千克: '公斤', kg: '公斤',
  千瓦: '千瓦', kw: '千瓦', 千瓦时: '千瓦时', kwh: '千瓦时',
};

/** Count units that 万/亿 may scale ("1.2万人" → 12000 人); not score points, percentage points or ratios. */
const NOT_SCALED = new Set(['分', '百分点', '个百分点', '倍']);

const READINGS = new Map<string, UnitReading>();
for (const [w, r] of Object.entries(MONEY)) READINGS.set(w, r);
for (const [w, unit] of Object.entries(COUNTS)) {
  READINGS.set(w, { unit, exp: 0 });
  if (NOT_SCALED.has(w)) continue;
  READINGS.set('万' + w, { unit, exp: 4 });
  READINGS.set('亿' + w, { unit, exp: 8 });
}
READINGS.set('%', { unit: '%', exp: 0 });
READINGS.set('‰', { unit: '‰', exp: 0 });

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

const ALL = alternation(READINGS.keys());
const DENOMINATORS = alternation(Object.keys(COUNTS));
const UNIT_SOURCE = `(${ALL})(?:/(${DENOMINATORS}))?`;

/** Sticky: a unit at lastIndex, longest first, with an optional "/denominator" ("元/人"). */
export const UNIT_AT = new RegExp(UNIT_SOURCE, 'iy');
/** A unit ending the string (the longest one, as the leftmost match wins). */
export const UNIT_AT_END = new RegExp(`${UNIT_SOURCE}$`, 'i');
/** The whole string is a unit ("万元" inside "100（万元）"). */
export const UNIT_ONLY = new RegExp(`^${UNIT_SOURCE}$`, 'i');

/**
 * Read a written unit: its first part (lower-cased Latin) and an optional denominator.
 * Returns null for anything that is not a known unit.
 */
export function readUnit(written: string): UnitReading | null {
  if (written === '') return { unit: '', exp: 0 };
  const slash = written.indexOf('/');
  const head = (slash < 0 ? written : written.slice(0, slash)).toLowerCase();
  const r = READINGS.get(head);
  if (!r) return null;
  if (slash < 0) return r;
  const denom = COUNTS[written.slice(slash + 1).toLowerCase()];
  return denom ? { unit: `${r.unit}/${denom}`, exp: r.exp } : null;
}

const POW10 = new Map<number, Decimal>();
/** 10^exp as an exact Decimal (cached: a handful of exponents occur). */
export function pow10(exp: number): Decimal {
  let p = POW10.get(exp);
  if (!p) {
    p = new Decimal(10).pow(exp);
    POW10.set(exp, p);
  }
  return p;
}
