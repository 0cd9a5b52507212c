import type { StandinEngine } from './runtime/engine';

export type StandinPlatform = 'PC' | 'OfficeOnline' | 'Mac' | 'iOS' | 'Android' | 'Universal';

export interface StandinOfficeInfo {
  host: 'Excel';
  platform: StandinPlatform;
}

/** The parts of the `Office` global the add-in uses; cast to `typeof Office` where the adapter wants it. */
export interface StandinOffice {
  context: {
    host: 'Excel';
    platform: StandinPlatform;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  onReady(callback?: (info: StandinOfficeInfo) => unknown): Promise<StandinOfficeInfo>;
  HostType: { Excel: 'Excel' };
  PlatformType: Record<StandinPlatform, StandinPlatform>;
}

export function createOfficeNamespace(engine: StandinEngine, platform: StandinPlatform): StandinOffice {
  const info: StandinOfficeInfo = { host: 'Excel', platform };
  return {
    context: {
      host: 'Excel',
      platform,
      requirements: {
        isSetSupported: (name, minVersion) => engine.requirements.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion)),
      },
    },
    onReady(callback) {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
  };
}
