/**
 * Helpers for the playground scenarios: open the page, wait for the pane,
 * drive the grid and the pane the way a person does (clicks and keys).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

export interface ScenarioContext {
  page: Page;
  baseUrl: string;
  artifacts: string;
}

export interface Scenario {
  name: string;
  run: (context: ScenarioContext) => Promise<void>;
}

export const PANE = '[data-testid="pane"]';
export const PANE_COLUMN = '[data-testid="pane-column"]';

/** Opens the playground on the sample and waits until the pane shows the recognised form. */
export async function openPlayground(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/playground.html${query}`);
  await page.waitForSelector(`${PANE}[data-status="ready"]`, { timeout: 15000 });
  await page.waitForSelector('[data-table-id]', { timeout: 15000 });
}

export async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: false }).first().click();
}

export function findingButton(page: Page, cell: string, code?: string) {
  const codePart = code ? `[data-finding-code="${code}"]` : '';
  return page.locator(`button[data-finding-cell="${cell}"]${codePart}`);
}

export function gridCell(page: Page, address: string) {
  return page.locator(`[data-testid="sheet-grid"] td[data-address="${address}"]`);
}

/** Types `text` into a cell of the grid as a person does: double-click, type, Enter. */
export async function editCell(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).dblclick();
  const editor = gridCell(page, address).locator('input');
  await editor.fill(text);
  await editor.press('Enter');
  await page.waitForFunction(
    ([a, t]) => {
      const td = document.querySelector(`[data-testid="sheet-grid"] td[data-address="${a}"]`);
      return td !== null && td.querySelector('input') === null && (td.textContent ?? '').includes(t);
    },
    [address, text.slice(0, 3)] as const,
  );
}

/** The cell's background colour as drawn (rgb(…) or '' when none). */
export async function cellFill(page: Page, address: string): Promise<string> {
  return gridCell(page, address).evaluate((td) => (td as HTMLElement).style.backgroundColor);
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A screenshot of the task pane column alone, at its real width. */
export async function shootPane(page: Page, artifacts: string, name: string): Promise<void> {
  await page.locator(PANE_COLUMN).screenshot({ path: path.join(artifacts, `${name}.png`) });
}
