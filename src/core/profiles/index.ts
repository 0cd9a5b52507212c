import type { Profile } from './types';
import { national } from './national';

export type { Profile } from './types';

const BUILT_IN: Profile[] = [national];

export function listProfiles(): Profile[] {
  return [...BUILT_IN];
}

export function getProfile(id: string): Profile | undefined {
  return BUILT_IN.find((p) => p.id === id);
}

export const DEFAULT_PROFILE_ID = 'national';
