/**
 * The task pane in the browser playground, over the Excel stand-in and the
 * real adapter: recognise the sample, live recomputation after an edit,
 * highlights, selecting a finding's cell, the summary sheet, the language
 * switch, opening an .xlsx file, keyboard use and the security policy.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import {
  PANE,
  cellFill,
  editCell,
  findingButton,
  gridCell,
  openPlayground,
  shootPane,
  showTab,
  waitFor,
} from './playground-kit';
import type { Scenario } from './playground-kit';

const SHEET = '附件4';
const text = (page: Page, selector: string) => page.locator(selector).innerText();

export const scenarios: Scenario[] = [
  {
    name: 'recognises the sample and shows every view in Chinese',
    async run({ page, baseUrl, artifacts }) {
      await openPlayground(page, baseUrl);
      const pane = await text(page, PANE);
      assert.match(pane, /绩效表格助手/);
      assert.match(pane, /项目支出绩效自评表/);
      assert.match(pane, /业务工作经费/);
      await shootPane(page, artifacts, 'pane-recognise.zh-CN');
      await page.screenshot({ path: path.join(artifacts, 'playground.zh-CN.png') });

      await showTab(page, '问题');
      await findingButton(page, `${SHEET}!K14`, 'missing-reason').waitFor();
      await findingButton(page, `${SHEET}!K22`, 'missing-reason').waitFor();
      await findingButton(page, `${SHEET}!H14`, 'target-far-exceeded').waitFor();
      assert.match(await text(page, '[data-testid="findings-count"]'), /共 \d+ 个问题/);
      await shootPane(page, artifacts, 'pane-findings.zh-CN');

      await showTab(page, '评分');
      const scores = await text(page, PANE);
      assert.match(scores, /96\.89%/);
      assert.match(scores, /按规则重算/);
      await page.locator('[data-testid="score-chart"]').waitFor({ timeout: 10000 });
      await shootPane(page, artifacts, 'pane-scores.zh-CN');

      // Office's dark theme.
      await page.getByRole('switch', { name: '深色' }).click();
      await showTab(page, '问题');
      await shootPane(page, artifacts, 'pane-findings.dark.zh-CN');
    },
  },
  {
    name: 'an edit to 实际完成值 drops the score, raises the finding and highlights the reason cell; a reason clears it',
    async run({ page, baseUrl, artifacts }) {
      await openPlayground(page, baseUrl);
      await page.getByRole('button', { name: '标记问题' }).click();
      await waitFor('the highlights', async () => (await cellFill(page, 'K14')) !== '');
      assert.equal(await cellFill(page, 'K15'), '', 'K15 starts without a highlight');

      await showTab(page, '评分');
      const before = Number(await text(page, '[data-testid="total-rescored"]'));
      await showTab(page, '问题');
      assert.equal(await findingButton(page, `${SHEET}!K15`).count(), 0);

      // 发展普惠金融 2次 → 1次: half the target, so half the marks.
      await editCell(page, 'H15', '1次');
      await findingButton(page, `${SHEET}!K15`, 'missing-reason').waitFor({ timeout: 5000 });
      await findingButton(page, `${SHEET}!H15`, 'target-not-met').waitFor();
      await waitFor('K15 highlighted', async () => (await cellFill(page, 'K15')) !== '');
      await shootPane(page, artifacts, 'pane-findings-after-edit.zh-CN');

      await showTab(page, '评分');
      const after = Number(await text(page, '[data-testid="total-rescored"]'));
      assert.ok(after < before, `the rescored total drops (${before} → ${after})`);

      // Clicking the finding selects its cell in the sheet.
      await showTab(page, '问题');
      await findingButton(page, `${SHEET}!K15`, 'missing-reason').click();
      await waitFor('K15 selected', async () => (await text(page, '[data-testid="name-box"]')) === 'K15');
      assert.equal(await gridCell(page, 'K15').getAttribute('aria-selected'), 'true');
      await page.screenshot({ path: path.join(artifacts, 'playground-after-edit.zh-CN.png') });

      await editCell(page, 'K15', '宣传活动因疫情减少一次，下年度补足。');
      await waitFor('the K15 finding to clear', async () => (await findingButton(page, `${SHEET}!K15`, 'missing-reason').count()) === 0);
      await waitFor('K15 highlight to clear', async () => (await cellFill(page, 'K15')) === '');
    },
  },
  {
    name: 'inserts the summary sheet',
    async run({ page, baseUrl, artifacts }) {
      await openPlayground(page, baseUrl);
      await page.getByRole('button', { name: '插入汇总表' }).click();
      await page.locator('[data-sheet-tab="绩效汇总"]').waitFor({ timeout: 5000 });
      assert.match(await text(page, '[data-testid="pane-status"]'), /绩效汇总/);
      const host = await page.evaluate(() => window.jixiaoPlayground!.host.sheetNames());
      assert.deepEqual(host, [SHEET, '绩效汇总']);
      await page.screenshot({ path: path.join(artifacts, 'playground-summary.zh-CN.png') });
    },
  },
  {
    name: 'switches the pane to English and back',
    async run({ page, baseUrl, artifacts }) {
      await openPlayground(page, baseUrl);
      await page.getByTestId('language').selectOption('en');
      await page.getByRole('button', { name: 'Recalculate' }).waitFor();
      const english = await text(page, PANE);
      assert.match(english, /Performance Form Assistant/);
      assert.match(english, /Project self-evaluation/);
      assert.doesNotMatch(english, /重新计算|识别到的表格/);
      await shootPane(page, artifacts, 'pane-recognise.en');
      await showTab(page, 'Findings');
      await findingButton(page, `${SHEET}!K14`).first().waitFor();
      // The engine's messages are Chinese: each finding is headed by its type in English.
      assert.match(await findingButton(page, `${SHEET}!K14`).first().innerText(), /^附件4!K14\s+Missing explanation\s+「/);
      await shootPane(page, artifacts, 'pane-findings.en');
      await page.getByTestId('language').selectOption('zh-CN');
      await page.getByRole('button', { name: '重新计算' }).waitFor();
    },
  },
  {
    name: 'is usable from the keyboard: tabs, a finding, and its cell',
    async run({ page, baseUrl }) {
      await openPlayground(page, baseUrl);
      const findingsTab = page.getByRole('tab', { name: '问题' });
      await findingsTab.focus();
      await page.keyboard.press('Enter');
      const first = page.locator('button[data-finding-cell]').first();
      await first.waitFor();
      const cell = (await first.getAttribute('data-finding-cell'))!.split('!')[1];
      await first.focus();
      await page.keyboard.press('Enter');
      await waitFor(`${cell} selected`, async () => (await text(page, '[data-testid="name-box"]')) === cell);
      // Every finding button has a spoken label naming its cell.
      const labels = await page.locator('button[data-finding-cell]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
      assert.ok(labels.length > 0 && labels.every((l) => /^转到 .+!.+：/.test(l)), labels.join('\n'));
    },
  },
  {
    name: 'opens an .xlsx workbook picked from disk',
    async run({ page, baseUrl }) {
      const file = path.join(__dirname, '..', 'fixtures', 'out', 'seed-001-yueyang.xlsx');
      assert.ok(fs.existsSync(file), 'the seed fixtures are built first');
      await openPlayground(page, baseUrl);
      await page.getByTestId('file-input').setInputFiles(file);
      await page.locator('[data-testid="workbook-source"]', { hasText: 'seed-001-yueyang.xlsx' }).waitFor({ timeout: 10000 });
      await page.locator(`${PANE}[data-status="ready"] [data-table-id]`).first().waitFor({ timeout: 15000 });
      const pane = await text(page, PANE);
      for (const sheet of ['附件1', '附件2', '附件4', '附件5']) assert.match(pane, new RegExp(sheet));
      assert.match(pane, /部门整体支出绩效自评表/);
    },
  },
  {
    name: 'keeps to its security policy: no eval, no outside host, workbook text stays text',
    async run({ page, baseUrl }) {
      await openPlayground(page, baseUrl);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.ok(csp && /script-src 'self'(;|$)/.test(csp) && !/unsafe-eval|unsafe-inline|https?:/.test(csp), csp ?? 'no CSP');
      // Write markup into a cell the pane shows (the project name) and recalculate.
      await editCell(page, 'D4', '<img src=x onerror="window.__pwned=1">业务工作经费');
      await page.getByRole('button', { name: '重新计算' }).click();
      await page.locator(`${PANE}[data-status="ready"]`).waitFor();
      await page.locator(PANE, { hasText: '<img' }).waitFor({ timeout: 5000 });
      assert.equal(await page.locator(`${PANE} img`).count(), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      // The taskpane page itself carries the same policy.
      const response = await page.request.get(`${baseUrl}/taskpane.html`);
      const html = await response.text();
      assert.match(html, /http-equiv="?Content-Security-Policy"?/);
      assert.match(html, /office-js\/office\.js/);
      assert.doesNotMatch(html, /https?:\/\//);
    },
  },
];

scenarios.push({
  name: 'the task pane page loads office.js from its own origin under its policy',
  async run({ page, baseUrl }) {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(`${baseUrl}/taskpane.html`);
    // Outside Excel office.js reports no host: the page says where it runs instead of rendering the pane.
    await page.locator('#root', { hasText: 'Excel' }).waitFor({ timeout: 15000 });
    assert.deepEqual(outside, []);
  },
});

scenarios.push({
  name: 'a slow scan shows its progress and can be cancelled',
  async run({ page, baseUrl, artifacts }) {
    // Every round trip to the simulated Excel takes 400 ms, as on a slow connection to Excel on the web.
    await page.goto(`${baseUrl}/playground.html?latency=400`);
    const progress = page.getByRole('progressbar');
    await progress.waitFor({ timeout: 5000 });
    await shootPane(page, artifacts, 'pane-scanning.zh-CN');
    await page.getByRole('button', { name: '取消' }).click();
    await progress.waitFor({ state: 'detached', timeout: 5000 });
    assert.notEqual(await page.locator(PANE).getAttribute('data-status'), 'scanning');
    assert.equal(await page.locator('[data-table-id]').count(), 0);
    // Recalculate scans again, to the end this time.
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.locator(`${PANE}[data-status="ready"] [data-table-id]`).first().waitFor({ timeout: 15000 });
  },
});

scenarios.push({
  name: 'corrects an indicator kind and a field binding in 识别',
  async run({ page, baseUrl, artifacts }) {
    await openPlayground(page, baseUrl);
    // 业务工作经费 (row 22) is a cost: reverse. Calling it positive makes 96.9万 of 100万 a shortfall.
    const kind = page.getByRole('combobox', { name: '“业务工作经费”的指标类型' });
    assert.equal(await kind.inputValue(), 'reverse');
    await kind.selectOption('positive');
    await waitFor('the kind to be applied', async () => (await kind.inputValue()) === 'positive' && /第 22 行/.test(await text(page, '[data-testid="pane-status"]')));
    await showTab(page, '问题');
    await findingButton(page, `${SHEET}!H22`, 'target-not-met').waitFor({ timeout: 5000 });

    // The 执行率 score is bound to K7; rebinding it to an empty cell removes the K7 finding.
    await showTab(page, '识别');
    await page.getByRole('button', { name: /^字段/ }).click();
    await shootPane(page, artifacts, 'pane-recognise-fields.zh-CN');
    await page.getByRole('button', { name: '更正“执行率得分”绑定的单元格' }).click();
    const address = page.getByRole('textbox', { name: '单元格地址（如 H7）' });
    await address.fill('k8');
    await address.press('Enter');
    await page.getByRole('button', { name: '选中“执行率得分”所在单元格 K8' }).waitFor({ timeout: 5000 });
    await showTab(page, '问题');
    await waitFor('the K7 finding to go', async () => (await findingButton(page, `${SHEET}!K7`, 'score-mismatch').count()) === 0);
  },
});
