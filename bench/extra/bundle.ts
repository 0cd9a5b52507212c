/**
 * Task pane figures for `npm run bench`: the first-load bundle of taskpane.html
 * (its <script> files other than office.js, gzipped) after a production build,
 * and how soon the playground's pane shows the recognised sample in Debian's
 * headless chromium (median of three loads; null when /usr/bin/chromium is absent).
 */
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

interface WebTestKit {
  buildWeb(): Promise<string>;
  serveStatic(): Promise<{ url: string; close(): Promise<void> }>;
  hasChromium(): boolean;
  launchChromium(): Promise<{ close(): Promise<void> }>;
  medianInteractive(browser: unknown, baseUrl: string, runs?: number): Promise<{ median: number; times: number[] }>;
}

export default async function bundleFigures(): Promise<{ bundle: { taskpaneFirstLoadGzipKB: number; playgroundInteractiveMs: number | null } }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const kit = require(path.join(ROOT, 'scripts', 'web-test-kit.js')) as WebTestKit;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const size = require(path.join(ROOT, 'scripts', 'bundle-size.js')) as { taskpaneFirstLoadGzipKB(): number };
  await kit.buildWeb();
  const taskpaneFirstLoadGzipKB = size.taskpaneFirstLoadGzipKB();
  let playgroundInteractiveMs: number | null = null;
  if (kit.hasChromium()) {
    const server = await kit.serveStatic();
    const browser = await kit.launchChromium();
    try {
      playgroundInteractiveMs = (await kit.medianInteractive(browser, server.url, 3)).median;
    } finally {
      await browser.close();
      await server.close();
    }
  }
  return { bundle: { taskpaneFirstLoadGzipKB, playgroundInteractiveMs } };
}
