import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStack, useFixtures } from './harness.ts';
import { trackNavigations } from './page-watch.ts';
import { signedInAs, signInAt, signInProfile } from './auth-helpers.ts';

/**
 * The session once signed in, in headless Chromium against the sandbox: renew before expiry, recovery from a 401,
 * "Session expired" with a popup sign-in that keeps the page, and one renew shared by two tabs.
 */
describe('auth: internal authorization server, session', () => {
  const env = useFixtures({
    stack: () => startStack({ auth: 'internal' }),
    /** Signed in at the IdP in before(): later sign-ins in it pass straight through, whichever test runs first. */
    browser: launchBrowser,
    /** Its own profile: the two tabs share a session through localStorage. */
    tabsRenew: launchBrowser,
  });
  before(() => signInProfile(env.browser, env.stack.consoleOrigin));

  it('renews with the refresh token before expiry: one token request, no navigation', async () => {
    env.stack.sandbox.controls.setAccessTokenTtl(4);
    const page = await env.browser.newPage();
    try {
      // A new tab has its own sessionStorage: sign in again (the IdP session makes it a pass-through).
      await page.goto(`${env.stack.consoleOrigin}/console/settings/auth`);
      await page.waitForURL(`${env.stack.consoleOrigin}/console/settings/auth`);
      await signedInAs(page, 'Ada Lovelace');
      env.stack.sandbox.controls.resetStats();
      const navigations = trackNavigations(page);
      const deadline = Date.now() + 8_000;
      while (
        (env.stack.sandbox.controls.stats().tokenRequests.refresh_token ?? 0) < 1 &&
        Date.now() < deadline
      ) {
        await page.waitForTimeout(200);
      }
      const stats = env.stack.sandbox.controls.stats();
      assert.equal(stats.tokenRequests.refresh_token, 1);
      assert.equal(stats.tokenRequestsTotal, 1);
      assert.deepEqual(navigations, []);
      assert.equal(await page.getByRole('dialog').count(), 0);
    } finally {
      env.stack.sandbox.controls.setAccessTokenTtl(1800);
      await page.close();
    }
  });

  it('recovers from a 401 on a data call with one renew and a retry', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleOrigin}/console/settings/auth`);
    await signedInAs(page, 'Ada Lovelace');
    env.stack.sandbox.controls.resetStats();
    env.stack.sandbox.controls.failNextDataCalls(1, 401);
    await page.reload();
    await signedInAs(page, 'Ada Lovelace');
    await page.getByRole('heading', { name: 'Authentication settings' }).waitFor();
    const stats = env.stack.sandbox.controls.stats();
    assert.equal(stats.injectedDataFaults, 1);
    assert.equal(stats.tokenRequests.refresh_token, 1);
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    await page.close();
  });

  it('a session the admin keeps refusing opens "Session expired"; signing in again in a popup keeps the page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleOrigin}/console/settings/auth`);
    await signedInAs(page, 'Ada Lovelace');
    env.stack.sandbox.controls.failNextDataCalls(20, 401);
    await page.reload();
    const dialog = page.getByRole('alertdialog', { name: 'Session expired' });
    await dialog.waitFor();
    env.stack.sandbox.controls.update({ failDataCalls: 0 });
    const navigations = trackNavigations(page);
    const [popup] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Sign in again' }).click(),
    ]);
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await popup.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);
    assert.deepEqual(navigations, []);
    assert.equal(new URL(page.url()).pathname, '/console/settings/auth');
    await signedInAs(page, 'Ada Lovelace');
    await page.close();
  });

  it('two tabs sharing the session renew once between them (Web Lock + re-read)', async () => {
    const base = env.stack.sandbox.consoleConfig() as { adminUrl: string; auth: Record<string, unknown> };
    env.stack.server.setConfig({ ...base, auth: { ...base.auth, userStore: 'local' } });
    env.stack.sandbox.controls.setAccessTokenTtl(6);
    const tabs = env.tabsRenew;
    try {
      const first = await tabs.newPage();
      await signInAt(first, `${env.stack.consoleOrigin}/console/settings/auth`);
      const second = await tabs.newPage();
      await second.goto(`${env.stack.consoleOrigin}/console/settings/auth`);
      await signedInAs(second, 'Ada Lovelace');
      env.stack.sandbox.controls.resetStats();
      const deadline = Date.now() + 10_000;
      while (
        (env.stack.sandbox.controls.stats().tokenRequests.refresh_token ?? 0) < 1 &&
        Date.now() < deadline
      ) {
        await first.waitForTimeout(200);
      }
      await first.waitForTimeout(1_500); // the other tab's timer fires in this window and adopts the new token
      assert.equal(env.stack.sandbox.controls.stats().tokenRequests.refresh_token, 1);
      await signedInAs(first, 'Ada Lovelace');
      await signedInAs(second, 'Ada Lovelace');
    } finally {
      env.stack.sandbox.controls.setAccessTokenTtl(1800);
      env.stack.server.setConfig(base);
      await Promise.all(tabs.context.pages().map((page) => page.close()));
    }
  });
});
