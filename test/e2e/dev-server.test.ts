import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDevStack, type DevStack } from '../sandbox/dev.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';

/**
 * `npm run dev` is Vite's dev server in front of the sandbox: config.json comes from the sandbox and its
 * origin is registered there, so the console signs in for real instead of falling back to auth off.
 * (Hot reload of an edited view was checked by hand; see README, "Developing".)
 */
describe('npm run dev', () => {
  let stack: DevStack;
  let browser: TestBrowser;
  before(async () => {
    stack = await startDevStack({ port: 0, adminPort: 0, idpPort: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('serves the sandbox config.json and signs in through the IdP', async () => {
    const config = (await (await fetch(new URL('config.json', stack.url))).json()) as { adminUrl: string };
    assert.equal(config.adminUrl, stack.sandbox.adminUrl);
    const page = await browser.newPage();
    await page.goto(stack.url);
    // The first load compiles the modules on demand: slower than the build, hence the long waits.
    await page.getByRole('button', { name: 'Ada Lovelace' }).click({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor({ timeout: 60_000 });
    assert.ok(page.url().startsWith(new URL(stack.url).origin));
  });
});
