import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';
import { measureUnseen, UnseenMeasure } from './measure';
import type { UnseenCase } from './unseen-truth';

/**
 * The checker on workbooks in other regions' layouts (built independently of
 * the engine from DOMAIN.md): at least 90% of the planted mistakes found, no
 * error or warning on a cell that must stay silent, every table recognised and
 * nothing recognised where there is no table.
 */
export function unseenSuite(title: string, build: (outDir: string) => Promise<UnseenCase[]>, minPlanted: number): void {
  describe(title, () => {
    let m: UnseenMeasure;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unseen-'));
    beforeAll(async () => {
      m = await measureUnseen(dir, build);
    }, 60_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('finds at least 90% of the planted mistakes', () => {
      expect(m.planted).toBeGreaterThanOrEqual(minPlanted);
      expect(m.recall).toBeGreaterThanOrEqual(0.9);
    });

    it('raises no error or warning on cells that are right', () => {
      expect(m.falseAlarms).toEqual([]);
    });

    it('recognises every table with its template, and none where there is none', () => {
      expect(m.unrecognised).toEqual([]);
      expect(m.spurious).toEqual([]);
      expect(m.tablesRecognised).toBe(m.tablesExpected);
    });
  });
}
