/** Time to interactive of the playground: navigation start to the pane showing the recognised sample. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Scenario } from './playground-kit';

const BUDGET_MS = 1500;

export const scenarios: Scenario[] = [
  {
    name: `the pane is interactive within ${BUDGET_MS} ms of page load`,
    async run({ page, baseUrl, artifacts }) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto(`${baseUrl}/playground.html?run=${i}`);
        await page.waitForFunction(() => Boolean(window.jixiaoPlayground && window.jixiaoPlayground.readyMs !== null), null, { timeout: 15000 });
        times.push(await page.evaluate(() => Math.round(window.jixiaoPlayground!.readyMs!)));
      }
      const median = [...times].sort((a, b) => a - b)[1];
      fs.writeFileSync(path.join(artifacts, 'metrics.json'), `${JSON.stringify({ playgroundInteractiveMs: median, runs: times })}\n`);
      console.log(`    playground interactive: ${median} ms (runs ${times.join(', ')})`);
      assert.ok(median < BUDGET_MS, `interactive after ${median} ms`);
    },
  },
];
