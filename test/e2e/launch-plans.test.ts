// Task and launch plan lists, a launch plan's state changed through its dialog, and a task's recent executions,
// in real Chromium against the sandbox; axe on each new screen.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.ts';
import { useStack } from './harness.ts';

const P = 'flytesnacks';
const D = 'development';
const LP = 'core.etl.daily_ingest.ingest_wf';
const TASK = 'core.basics.hello_world.say_hello';

const stateCell = (page: Page, version: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: version, exact: true }) })
    .getByRole('cell')
    .nth(1);

describe('launch plans and tasks', () => {
  const env = useStack({ auth: 'none', bigProjectExecutions: 200 });

  it('searches the launch plan list, opens one and deactivates / activates a version through the dialog', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/${P}/domains/${D}/workflows`);
    await page
      .getByRole('navigation', { name: 'Project sections' })
      .getByRole('link', { name: 'Launch plans' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Launch plans' }).waitFor();
    await page.getByRole('table', { name: `Launch plans in ${P} / ${D}` }).waitFor();
    await expectNoAxeViolations(page, 'launch plan list');

    await page.getByRole('searchbox', { name: 'Search by name' }).fill('daily_ingest');
    await page.waitForURL(/\?q=daily_ingest$/);
    const table = page.getByRole('table', { name: `Launch plans in ${P} / ${D}` });
    await page
      .getByRole('status')
      .filter({ hasText: /^2 launch plans$/ })
      .waitFor();
    // The first cell of each row names the launch plan; the second links to its executions.
    assert.deepEqual(await table.locator('tbody tr td:first-child').allInnerTexts(), [LP, `${LP}_daily`]);
    assert.equal(
      await table.getByRole('link', { name: `Executions of ${LP}`, exact: true }).getAttribute('href'),
      `/console/projects/${P}/domains/${D}/executions?launchPlan=${LP}`,
    );

    await table.getByRole('link', { name: LP, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: LP }).waitFor();
    const activeLine = page.getByText(/^Active version:/);
    await activeLine.waitFor();
    const active = (await activeLine.locator('strong').innerText()).trim();
    assert.equal(await stateCell(page, active).innerText(), 'Active');

    const deactivate = page.getByRole('button', { name: `Deactivate version ${active}` });
    await deactivate.click();
    const dialog = page.getByRole('dialog', { name: `Deactivate version ${active}?` });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'launch plan page with the state dialog open');
    await dialog.getByRole('button', { name: 'Deactivate version' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Version ${active} of ${LP} is now inactive.` })
      .waitFor();
    await page.getByText('No version of this launch plan is active').waitFor();
    assert.equal(await stateCell(page, active).innerText(), 'Inactive');
    assert.equal(await deactivate.count(), 0);

    // Activate it again: the state comes back, and only one version is active.
    await page.getByRole('button', { name: `Activate version ${active}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Activate version' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Version ${active} of ${LP} is now active.` })
      .waitFor();
    assert.equal(await stateCell(page, active).innerText(), 'Active');
    assert.equal(await page.getByRole('button', { name: /^Deactivate version / }).count(), 1);
    // The recent executions link to their pages.
    const recent = page.getByRole('table', { name: `Recent executions of ${LP}` });
    assert.ok((await recent.getByRole('link').count()) > 0);
    await page.close();
  });

  it('opens the task list and a task page whose recent executions show a task launch', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/${P}/domains/${D}/tasks`);
    await page.getByRole('table', { name: `Tasks in ${P} / ${D}` }).waitFor();
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Project sections' })
        .getByRole('link', { name: 'Tasks' })
        .getAttribute('aria-current'),
      'page',
    );
    await expectNoAxeViolations(page, 'task list');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('say_hello');
    await page.getByRole('link', { name: TASK, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TASK }).waitFor();
    await page.getByText(`${TASK} has not been executed yet.`).waitFor();

    // Launch the task on its own; flyteadmin runs it through `.flytegen.<task>`, which the task page reads.
    await page.getByRole('button', { name: 'Launch task' }).click();
    const panel = page.getByRole('region', { name: `Launch ${TASK}` });
    await panel.getByRole('textbox', { name: /^name\b/ }).fill('Ada');
    await panel.getByRole('button', { name: 'Launch', exact: true }).click();
    await page.waitForURL(/\/executions\/[a-z0-9]+$/);
    const execution = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.goBack();
    const recent = page.getByRole('table', { name: `Recent executions of ${TASK}` });
    await recent.getByRole('link', { name: execution }).waitFor();
    await expectNoAxeViolations(page, 'task page with recent executions');
    await recent.getByRole('link', { name: execution }).click();
    await page.waitForURL(new RegExp(`/executions/${execution}$`));
    await page.close();
  });
});
