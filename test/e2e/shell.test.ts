import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIST_DIR,
  launchBrowser,
  startConsoleServer,
  startStack,
  useFixtures,
  withFixture,
} from './harness.ts';

describe('console shell', () => {
  const env = useFixtures({ browser: launchBrowser });

  describe('with a sandbox, auth off', () => {
    const sandbox = useFixtures({ stack: () => startStack({ auth: 'none' }) });

    it('loads at /console/ and /console (redirected)', async () => {
      const page = await env.browser.newPage();
      await page.goto(`${sandbox.stack.consoleOrigin}/console`);
      assert.equal(new URL(page.url()).pathname, '/console/');
      await page.getByRole('link', { name: 'Flyte Console' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
      assert.equal(await page.title(), 'Projects · Flyte');
      await page.close();
    });

    it('opens a deep execution link as flytekit prints it', async () => {
      const page = await env.browser.newPage();
      const link = `${sandbox.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/executions/abc123`;
      await page.goto(link);
      assert.equal(page.url(), link);
      await page.getByRole('heading', { level: 1, name: 'Execution not found' }).waitFor();
      assert.match(await page.locator('main').innerText(), /There is no execution abc123 in flytesnacks/);
      assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0);
      await page.close();
    });

    it('shows the not-found page for an unknown path under /console', async () => {
      const page = await env.browser.newPage();
      await page.goto(`${sandbox.stack.consoleOrigin}/console/no/such/page`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      assert.match(await page.locator('main').innerText(), /\/console\/no\/such\/page/);
      await page.getByRole('link', { name: 'Go to the project list' }).click();
      // Inside the router the home link is the basename itself; a reload there is redirected to /console/.
      await page.waitForURL(/\/console\/?$/);
      await page.close();
    });
  });

  describe('with a bad config.json', () => {
    it('lists each bad key and the file it came from', async () => {
      const config = { adminUrl: 'not-a-url', auth: { mode: 'sometimes', colour: 'blue' } };
      await withFixture(startConsoleServer({ distDir: DIST_DIR, config }), async (server) => {
        const page = await env.browser.newPage();
        await page.goto(`${server.url}projects/p/domains/d/executions/e`);
        await page.getByRole('heading', { name: 'The console configuration has problems' }).waitFor();
        const text = await page.locator('main').innerText();
        assert.match(text, new RegExp(`${server.origin}/console/config.json`));
        for (const key of ['adminUrl', 'auth.mode', 'auth.colour'])
          assert.match(text, new RegExp(key.replace('.', '\\.')));
        await page.close();
      });
    });

    it('reports a config.json that is not JSON', async () => {
      const configText = '{ "auth": ';
      await withFixture(startConsoleServer({ distDir: DIST_DIR, configText }), async (server) => {
        const page = await env.browser.newPage();
        await page.goto(server.url);
        await page.getByRole('heading', { name: 'The console configuration has problems' }).waitFor();
        assert.match(await page.locator('main').innerText(), /is not valid JSON/);
        await page.close();
      });
    });
  });
});
