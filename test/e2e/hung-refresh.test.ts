import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './harness.ts';

/**
 * A refresh request that the sign-in server accepts and never answers (a stuck proxy or IdP), in real Chromium
 * against the sandbox. Before, it held the cross-tab renew lock forever and the session stopped renewing. Now the
 * request times out (20 s), the person is told the sign-in server cannot be reached (still signed in, no
 * "Session expired", no navigation), and the next try goes out and renews.
 */
describe('hung refresh', () => {
  const env = useStack({ auth: 'internal' });

  it('times out, says the sign-in server cannot be reached, then renews on the retry', async () => {
    env.stack.sandbox.controls.setAccessTokenTtl(8);
    const page = await env.browser.newPage();
    const url = `${env.stack.consoleOrigin}/console/settings/auth`;
    await page.goto(url);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await page.waitForURL(url, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
    env.stack.sandbox.controls.resetStats();
    env.stack.sandbox.controls.failNextTokenRequests(1, 'hang');

    const notice = page.getByText(/sign-in server cannot be reached/);
    await notice.waitFor({ timeout: 40_000 });
    assert.equal(env.stack.sandbox.controls.stats().tokenRequests.refresh_token, 1);
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);

    // The lock was released: the retry (5 s later) goes out and renews, and the notice goes away.
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    assert.ok((env.stack.sandbox.controls.stats().tokenRequests.refresh_token ?? 0) >= 2);
    assert.equal(new URL(page.url()).pathname, '/console/settings/auth');
    await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
    env.stack.sandbox.controls.setAccessTokenTtl(1800);
    await page.close();
  });
});
