import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useStack } from './harness.ts';
import { firstExecution } from './views-helpers.ts';

/**
 * Keyboard-only use in real Chromium: the Terminate dialog's trap and focus return, focus and titles after
 * navigation, the project switcher under arrow keys, and reflow at 200% zoom.
 */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    const inDialog = el.closest('[role="dialog"], [role="alertdialog"]') !== null;
    return `${inDialog ? 'dialog:' : ''}${el.tagName}:${(el.textContent ?? '').trim().slice(0, 60)}`;
  });

describe('keyboard and zoom (auth off)', () => {
  const env = useStack({ auth: 'none' });
  let base = '';
  before(() => {
    base = `${env.stack.consoleUrl}projects/flytesnacks/domains/development`;
  });

  it('Terminate dialog: Tab stays inside with the confirm button disabled, Escape returns focus, done keeps focus', async () => {
    const name = await firstExecution(env.stack.sandbox.adminUrl, ['RUNNING', 'QUEUED']);
    const page = await env.browser.newPage();
    try {
      const url = `${base}/executions/${name}`;
      await page.goto(url);
      const terminate = page.getByRole('button', { name: 'Terminate' });
      await terminate.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Terminate ${name}?` });
      await dialog.waitFor();
      assert.equal(await page.locator('#root').getAttribute('inert'), '');
      for (let i = 0; i < 6; i += 1) {
        await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
        assert.match(await focused(page), /^dialog:/, `Tab ${i + 1} left the dialog`);
      }
      await page.keyboard.press('Enter'); // on whatever is focused inside: never a link behind the dialog
      assert.equal(page.url(), url);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await focused(page), 'BUTTON:Terminate');
      assert.equal(await page.locator('#root').getAttribute('inert'), null);

      await page.keyboard.press('Enter');
      await page.keyboard.type('e2e: keyboard only');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'dialog:BUTTON:Terminate execution');
      await page.keyboard.press('Enter');
      await page.getByText(/Terminated.*e2e: keyboard only/).waitFor();
      await terminate.waitFor({ state: 'detached' });
      // The Terminate button is gone; focus went to the page's heading, not to <body>.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await focused(page), `H1:${name}`);
    } finally {
      await page.close();
    }
  });

  it('each page sets its title, moves focus to its heading and announces itself', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${base}/executions`);
      await page.getByRole('heading', { level: 1, name: 'Executions' }).waitFor();
      assert.equal(await page.title(), 'Executions · flytesnacks/development · Flyte');
      const link = page
        .getByRole('region', { name: 'Executions, scrollable' })
        .getByRole('row')
        .nth(1)
        .getByRole('link')
        .first();
      const name = (await link.innerText()).trim();
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const title = `${name} · Executions · flytesnacks/development · Flyte`;
      await page.waitForFunction((t) => document.title === t, title);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await focused(page), `H1:${name}`);
      await page.getByRole('status').filter({ hasText: title }).waitFor();
    } finally {
      await page.close();
    }
  });

  it('arrow keys in the project switcher do not navigate; Switch makes one history entry', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${base}/workflows`);
      await page.getByRole('table').first().waitFor();
      const start = page.url();
      const historyBefore = await page.evaluate(() => history.length);
      await page.getByRole('combobox', { name: 'Project' }).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(300);
      assert.equal(page.url(), start);
      const chosen = await page.getByRole('combobox', { name: 'Project' }).inputValue();
      assert.notEqual(chosen, 'flytesnacks');
      await page.getByRole('button', { name: 'Switch' }).click();
      await page.waitForURL(new RegExp(`/projects/${chosen}/domains/development/workflows$`));
      assert.equal(await page.evaluate(() => history.length), historyBefore + 1);
      await page.goBack();
      await page.waitForURL(start);
    } finally {
      await page.close();
    }
  });

  it('200% zoom (1280 px at 2x = 640 CSS px): long dotted names wrap, nothing scrolls sideways', async () => {
    const page = await env.browser.newPage();
    try {
      await page.setViewportSize({ width: 640, height: 450 });
      const name = await firstExecution(env.stack.sandbox.adminUrl, ['SUCCEEDED']);
      for (const path of [
        `${base}/executions/${name}`, // the graph tab
        `${base}/executions/${name}?tab=nodes`,
        `${base}/workflows/core.etl.daily_ingest.ingest_wf`,
        `${base}/workflows`,
      ]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // A table, or the execution graph's nodes (its default tab).
        await page.locator('table, g.dag-node').first().waitFor();
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(wide <= 0, `${path} scrolls sideways by ${wide}px at 640 px`);
        const clipped = await page.evaluate(() =>
          Array.from(document.querySelectorAll('main h1, main .entity-name'))
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.textContent),
        );
        assert.deepEqual(clipped, [], `${path}: names cut off`);
      }
    } finally {
      await page.close();
    }
  });

  it('executions table: Created/Started show the whole time; a cut workflow name shows in full on focus', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${base}/executions`);
      const table = page.getByRole('region', { name: 'Executions, scrollable' });
      await table.getByRole('row').nth(3).waitFor();
      const cutTimes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.executions-table time'))
          .map((time) => time.parentElement as HTMLElement)
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
      );
      assert.deepEqual(cutTimes, []);
      // Workflow names are links: Tab reaches them and the whole name shows while focused.
      const workflow = table.locator('tbody tr td:nth-child(3) a').first();
      await workflow.focus();
      const shown = await workflow.evaluate((a) => {
        const cell = a.parentElement as HTMLElement;
        return (
          cell.scrollWidth <= cell.clientWidth + 1 &&
          cell.getBoundingClientRect().width >= a.getBoundingClientRect().width - 1
        );
      });
      assert.ok(shown, 'the focused workflow name is cut off');
    } finally {
      await page.close();
    }
  });
});
