import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './harness.ts';
import { firstExecution, listExecutions } from './views-helpers.ts';

describe('views: terminate and relaunch', () => {
  const env = useStack({ auth: 'none', bigProjectExecutions: 500 });

  it('terminates a running execution with a cause', async () => {
    const name = await firstExecution(env.stack.sandbox.adminUrl, ['RUNNING', 'QUEUED']);
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/flytesnacks/domains/development/executions/${name}`);
    await page.getByRole('button', { name: 'Terminate' }).click();
    const dialog = page.getByRole('dialog', { name: `Terminate ${name}?` });
    await dialog.getByLabel('Cause').fill('e2e: stop it');
    await dialog.getByRole('button', { name: 'Terminate execution' }).click();
    await page.getByText(`Termination of ${name} requested.`).waitFor();
    await page.getByText(/Terminated.*e2e: stop it/).waitFor();
    await page.getByRole('button', { name: 'Terminate' }).waitFor({ state: 'detached' });
    const after = await listExecutions(
      env.stack.sandbox.adminUrl,
      'flytesnacks',
      'development',
      `value_in(phase,ABORTED;ABORTING)`,
      200,
    );
    assert.ok(after.some((e) => e.name === name));
    await page.close();
  });

  it('relaunches an execution and opens the new one, which shows up in the list', async () => {
    const name = await firstExecution(env.stack.sandbox.adminUrl, ['FAILED']);
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/flytesnacks/domains/development/executions/${name}`);
    await page.getByRole('button', { name: 'Relaunch with the same inputs' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/${name}`));
    const created = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    assert.notEqual(created, '');
    await page.getByRole('heading', { level: 1, name: created }).waitFor();
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Executions' })
      .click();
    await page.getByRole('link', { name: created, exact: true }).waitFor();
    await page.close();
  });
});
