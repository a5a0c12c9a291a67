import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStack, type Stack, type TestBrowser } from './harness.ts';

/**
 * A refresh request that the sign-in server accepts and never answers (a stuck proxy or IdP), in real Chromium
 * against the sandbox. Before, it held the cross-tab renew lock forever and the session stopped renewing. Now the
 * request times out (20 s), the person is told the sign-in server cannot be reached (still signed in, no
 * "Session expired", no navigation), and the next try goes out and renews.
 */
describe('hung refresh', () => {
  let stack: Stack;
  let browser: TestBrowser;
  before(async () => {
    [stack, browser] = await Promise.all([startStack({ auth: 'internal' }), launchBrowser()]);
  });
  after(async () => {
    await browser.close();
    await stack.close();
  });

  it('times out, says the sign-in server cannot be reached, then renews on the retry', async () => {
    stack.sandbox.controls.setAccessTokenTtl(8);
    const page = await browser.newPage();
    const url = `${stack.consoleOrigin}/console/settings/auth`;
    await page.goto(url);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await page.waitForURL(url, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
    stack.sandbox.controls.resetStats();
    stack.sandbox.controls.failNextTokenRequests(1, 'hang');

    const notice = page.getByText(/sign-in server cannot be reached/);
    await notice.waitFor({ timeout: 40_000 });
    assert.equal(stack.sandbox.controls.stats().tokenRequests.refresh_token, 1);
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);

    // The lock was released: the retry (5 s later) goes out and renews, and the notice goes away.
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    assert.ok((stack.sandbox.controls.stats().tokenRequests.refresh_token ?? 0) >= 2);
    assert.equal(new URL(page.url()).pathname, '/console/settings/auth');
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
    stack.sandbox.controls.setAccessTokenTtl(1800);
    await page.close();
  });
});
