import type { Decimal } from '../decimal';
import type { Profile } from '../profiles/types';
import { Decimal as D } from '../decimal';

/** 等次 of a total: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60) under the national profile. */
export function gradeOf(total: Decimal, profile: Profile): string {
  for (const band of profile.grades) if (total.gte(new D(band.min))) return band.grade;
  return profile.grades[profile.grades.length - 1].grade;
}
