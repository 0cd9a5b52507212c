import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';
import { measureUnseen, UnseenMeasure } from './measure';

/**
 * The checker on workbooks in other regions' layouts (built independently of
 * the engine from DOMAIN.md): at least 90% of the planted mistakes found, no
 * error or warning on a cell that must stay silent, every table recognised and
 * nothing recognised where there is no table.
 */
describe('unseen layouts', () => {
  let m: UnseenMeasure;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unseen-'));
  beforeAll(async () => {
    m = await measureUnseen(dir);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds at least 90% of the planted mistakes', () => {
    expect(m.planted).toBeGreaterThanOrEqual(40);
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
