import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startDevStack } from '../sandbox/dev.ts';
import { launchBrowser, useFixtures } from './harness.ts';

/**
 * `npm run dev` is Vite's dev server in front of the sandbox: config.json comes from the sandbox and its
 * origin is registered there, so the console signs in for real instead of falling back to auth off.
 * (Hot reload of an edited view was checked by hand; see README, "Developing".)
 */
describe('npm run dev', () => {
  const env = useFixtures({
    stack: () => startDevStack({ port: 0, adminPort: 0, idpPort: 0 }),
    browser: launchBrowser,
  });

  it('serves the sandbox config.json and signs in through the IdP', async () => {
    const config = (await (await fetch(new URL('config.json', env.stack.url))).json()) as {
      adminUrl: string;
    };
    assert.equal(config.adminUrl, env.stack.sandbox.adminUrl);
    const page = await env.browser.newPage();
    await page.goto(env.stack.url);
    // The first load compiles the modules on demand: slower than the build, hence the long waits.
    await page.getByRole('button', { name: 'Ada Lovelace' }).click({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor({ timeout: 60_000 });
    assert.ok(page.url().startsWith(new URL(env.stack.url).origin));
  });
});
