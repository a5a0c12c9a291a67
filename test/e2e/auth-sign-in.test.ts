import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startStack, useFixtures, useStack } from './harness.ts';
import { trackNavigations } from './page-watch.ts';
import { DEEP_PATH, signInAt, signInProfile } from './auth-helpers.ts';

/**
 * Sign-in end to end in headless Chromium against the sandbox: a deep link lands on its exact URL, a bad callback
 * or an auth.mode the admin contradicts says so instead of looping, and auth off (found by "auto") asks nothing.
 */
describe('auth: internal authorization server, sign-in', () => {
  const env = useFixtures({
    stack: () => startStack({ auth: 'internal' }),
    /** Signed in at the IdP in before(): with an IdP session a sign-in loop would run unattended, so the checks see it. */
    browser: launchBrowser,
    /** Never signed in: the deep link must go through the IdP's page. */
    fresh: launchBrowser,
  });
  before(() => signInProfile(env.browser, env.stack.consoleOrigin));

  it('deep link -> sign-in -> lands on the exact URL (path, query, hash); no openid; no code left behind', async () => {
    const page = await env.fresh.newPage();
    const authorizeUrls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/oauth2/authorize')) authorizeUrls.push(request.url());
    });
    const url = `${env.stack.consoleOrigin}${DEEP_PATH}`;
    await signInAt(page, url);
    const scope = new URL(authorizeUrls[0] ?? 'http://x').searchParams.get('scope');
    assert.equal(scope, 'all offline');
    assert.equal(new URL(authorizeUrls[0] ?? 'http://x').searchParams.get('code_challenge_method'), 'S256');
    // Going back must not reach the callback with its code (it was replaced).
    const history = await page.evaluate(() => window.location.href);
    assert.doesNotMatch(history, /code=|state=/);
    await page.close();
  });

  it('a bad callback shows "Try again" and does not loop', async () => {
    const page = await env.browser.newPage();
    const navigations = trackNavigations(page);
    await page.goto(`${env.stack.consoleOrigin}/console/callback?error=access_denied&state=x`);
    await page.getByRole('heading', { name: 'Sign-in did not complete' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Access was denied/);
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await page.goto(`${env.stack.consoleOrigin}/console/callback?code=abc&state=bogus-state-value`);
    await page.getByText(/does not belong to a sign-in started in this tab/).waitFor();
    await page.waitForTimeout(500);
    assert.ok(navigations.every((url) => url.startsWith(`${env.stack.consoleOrigin}/console/callback`)));
    assert.equal(new URL(page.url()).search, '');
    await page.close();
  });

  it('auth.mode "none" against an admin that requires sign-in says so instead of looping', async () => {
    env.stack.server.setConfig(env.stack.sandbox.consoleConfig('none'));
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.stack.consoleOrigin}/console/`);
      await page
        .getByText(/requires sign-in/)
        .first()
        .waitFor();
      assert.match(await page.locator('body').innerText(), /auth\.mode/);
    } finally {
      env.stack.server.setConfig(env.stack.sandbox.consoleConfig());
      await page.close();
    }
  });
});

describe('auth: off', () => {
  // The sandbox would suggest auth.mode "none"; "auto" must find out by itself from the admin's 501 answers.
  const env = useStack({ auth: 'none', config: (base) => ({ ...base, auth: { mode: 'auto' } }) });

  it('auto mode detects auth off (501) and opens a deep link without any sign-in', async () => {
    const page = await env.browser.newPage();
    const navigations = trackNavigations(page);
    const url = `${env.stack.consoleOrigin}/console/settings/auth?from=link#top`;
    await page.goto(url);
    await page.getByRole('link', { name: 'Flyte Console' }).waitFor();
    await page.getByText('none (the admin runs without authentication)').waitFor();
    assert.equal(page.url(), url);
    assert.ok(navigations.every((u) => u.startsWith(env.stack.consoleOrigin)));
    assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0);
    // Sign out sits in the user menu: with auth off there is no user menu at all.
    assert.equal(await page.getByRole('button', { name: /^Signed in as / }).count(), 0);
    await page.close();
  });
});
