import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStack, useFixtures } from './harness.ts';
import { firstExecution } from './views-helpers.ts';

describe('views: browsing with auth off', () => {
  const env = useFixtures({
    stack: () => startStack({ auth: 'none', bigProjectExecutions: 2000 }),
    browser: launchBrowser,
    /** A second profile that has never seen the console, for the flytekit links. */
    fresh: launchBrowser,
  });

  it('goes from the project picker to an execution and back through the breadcrumb', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.stack.consoleUrl);
    const domains = page.getByRole('list', { name: 'Domains of flytesnacks' });
    await domains.getByRole('link', { name: 'development', exact: true }).click();
    await page.waitForURL(/\/console\/projects\/flytesnacks\/domains\/development\/executions$/);
    await page.getByRole('heading', { level: 1, name: 'Executions' }).waitFor();
    const firstRow = page.getByRole('region', { name: 'Executions, scrollable' }).getByRole('row').nth(1);
    const name = (await firstRow.getByRole('link').first().innerText()).trim();
    await firstRow.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Launched by').waitFor();
    await page.getByRole('heading', { name: 'Inputs' }).waitFor();
    // The picker remembers the scope; the shell switcher shows it.
    assert.equal(await page.getByRole('combobox', { name: 'Project' }).inputValue(), 'flytesnacks');
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Executions' })
      .click();
    await page.waitForURL(/\/executions$/);
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Projects' })
      .click();
    await page.getByRole('link', { name: 'Continue with flytesnacks / development' }).waitFor();
    await page.close();
  });

  it('browses workflows: search, workflow page with interface and recent executions', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/flytesnacks/domains/development/workflows`);
    const table = page.getByRole('table', { name: /Workflows in flytesnacks/ });
    await table.waitFor();
    const first = (await table.getByRole('link').first().innerText()).trim();
    await page.getByLabel('Search by name').fill(first);
    await page.waitForURL((url) => url.searchParams.get('q') === first);
    assert.equal(await page.getByLabel('Search by name').inputValue(), first);
    await table.getByRole('link', { name: first, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    await page
      .getByRole('table', { name: 'Inputs' })
      .or(page.getByText('This workflow takes no inputs.'))
      .waitFor();
    await page.getByRole('heading', { name: 'Recent executions' }).waitFor();
    await page.close();
  });

  it('switches project and domain from the shell', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/flytesnacks/domains/development/workflows`);
    await page.getByRole('table').first().waitFor();
    await page.getByRole('combobox', { name: 'Domain' }).selectOption('staging');
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.waitForURL(/\/projects\/flytesnacks\/domains\/staging\/workflows$/);
    await page.getByRole('combobox', { name: 'Project' }).selectOption('scale');
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.waitForURL(/\/projects\/scale\/domains\/staging\/workflows$/);
    await page.close();
  });

  it('opens flytekit links in a fresh browser', async () => {
    const page = await env.fresh.newPage();
    try {
      const name = await firstExecution(env.stack.sandbox.adminUrl, ['SUCCEEDED']);
      const link = `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/executions/${name}`;
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByText('Succeeded').first().waitFor();
      assert.equal(page.url(), link);
      const wfLink = page.locator('.facts dt:text-is("Workflow") + dd a');
      const workflowName = (await wfLink.innerText()).trim();
      await page.goto(
        `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/workflows/${workflowName}`,
      );
      await page.getByRole('heading', { level: 1, name: workflowName }).waitFor();
      await page.getByRole('table', { name: `Versions of ${workflowName}`, exact: true }).waitFor();
    } finally {
      await page.close();
    }
  });
});
