import * as path from 'path';

/** Builds the seed fixture workbooks once before the suites that read them. */
export default async function globalSetup(): Promise<void> {
  const { buildAllFixtures } = await import('./fixtures/build-all');
  await buildAllFixtures(path.join(__dirname, 'fixtures', 'out'));
}
