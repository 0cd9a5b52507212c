import type { Profile } from './types';
import { national } from './national';
import { shenzhenLuohu } from './shenzhen-luohu';

export type { Profile } from './types';

const BUILT_IN: Profile[] = [national, shenzhenLuohu];

export function listProfiles(): Profile[] {
  return [...BUILT_IN];
}

export function getProfile(id: string): Profile | undefined {
  return BUILT_IN.find((p) => p.id === id);
}

export const DEFAULT_PROFILE_ID = 'national';

/**
 * --profile auto (the default): the first regional profile whose words
 * appear in the workbook (e.g. 深圳's 共性指标体系框架), else national.
 */
export function detectProfile(texts: Iterable<string>): Profile {
  const regional = BUILT_IN.filter((p) => p.detect?.length);
  for (const t of texts) {
    for (const p of regional) if (p.detect!.some((w) => t.includes(w))) return p;
  }
  return national;
}
