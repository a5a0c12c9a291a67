import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './harness.ts';

/**
 * A flytekit link opened in a fresh browser against an admin with its internal authorization server: the login
 * shell signs in, and the person lands on the execution they asked for with its data loaded through the token.
 */
describe('views: deep link with sign-in (internal authorization server)', () => {
  const env = useStack({ auth: 'internal', bigProjectExecutions: 200 });

  it('opens the execution link after signing in', async () => {
    const token = await env.stack.sandbox.signTestToken();
    const list = await fetch(
      `${env.stack.sandbox.adminUrl}/api/v1/executions/flytesnacks/development?limit=1`,
      {
        headers: { Accept: 'application/json', 'flyte-authorization': `Bearer ${token}` },
      },
    );
    assert.equal(list.status, 200);
    const name =
      ((await list.json()) as { executions: { id: { name: string } }[] }).executions[0]?.id.name ?? '';
    const page = await env.browser.newPage();
    try {
      const link = `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/executions/${name}`;
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
