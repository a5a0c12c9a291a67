import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStack, type Stack, type TestBrowser } from './harness.ts';

/**
 * A flytekit link opened in a fresh browser against an admin with its internal authorization server: the login
 * shell signs in, and the person lands on the execution they asked for with its data loaded through the token.
 */
describe('views: deep link with sign-in (internal authorization server)', () => {
  let stack: Stack;
  let browser: TestBrowser;
  before(async () => {
    [stack, browser] = await Promise.all([
      startStack({ auth: 'internal', bigProjectExecutions: 200 }),
      launchBrowser(),
    ]);
  });
  after(async () => {
    await Promise.all([browser.close(), stack.close()]);
  });

  it('opens the execution link after signing in', async () => {
    const token = await stack.sandbox.signTestToken();
    const list = await fetch(`${stack.sandbox.adminUrl}/api/v1/executions/flytesnacks/development?limit=1`, {
      headers: { Accept: 'application/json', 'flyte-authorization': `Bearer ${token}` },
    });
    assert.equal(list.status, 200);
    const name =
      ((await list.json()) as { executions: { id: { name: string } }[] }).executions[0]?.id.name ?? '';
    const page = await browser.newPage();
    try {
      const link = `${stack.consoleOrigin}/console/projects/flytesnacks/domains/development/executions/${name}`;
      await page.goto(link);
      await page.getByRole('button', { name: 'Ada Lovelace' }).click();
      await page.waitForURL(link);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByText('Launched by').waitFor();
      await page.getByRole('heading', { name: 'Inputs' }).waitFor();
      assert.equal(page.url(), link);
    } finally {
      await page.close();
    }
  });
});
