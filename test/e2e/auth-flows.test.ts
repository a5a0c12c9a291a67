import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { signOut as signOutFromMenu } from './user-menu.ts';
import { launchBrowser, startStack, type Stack, type TestBrowser } from './harness.ts';
import { trackNavigations } from './page-watch.ts';

/**
 * The login shell end to end in headless Chromium against the sandbox: deep-link sign-in on both kinds of
 * authorization server, renew, 401 recovery, both kinds of logout, bad callbacks, auth off, and two tabs.
 */
const DEEP_PATH = '/console/projects/flytesnacks/domains/development/workflows?search=core&page=2#list';

const signedInAs = (page: Page, name: string) =>
  page.getByRole('button', { name: `Signed in as ${name}` }).waitFor();

/** Opens `url` without a session, picks the demo user at the IdP, and waits to be back on exactly `url`. */
async function signInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Ada Lovelace' }).click();
  await page.waitForURL((current) => current.href === url, { timeout: 15_000 });
  await signedInAs(page, 'Ada Lovelace');
}

describe('auth: internal authorization server', () => {
  let stack: Stack;
  /** Signed in at the IdP in before(): later sign-ins in it pass straight through, whichever test runs first. */
  let browser: TestBrowser;
  /** Profiles that have never signed in, one per test that signs in at the IdP's page or signs out there. */
  let fresh: TestBrowser;
  let signOut: TestBrowser;
  let tabsSignOut: TestBrowser;
  let tabsRenew: TestBrowser;
  before(async () => {
    [stack, browser, fresh, signOut, tabsSignOut, tabsRenew] = await Promise.all([
      startStack({ auth: 'internal' }),
      launchBrowser(),
      launchBrowser(),
      launchBrowser(),
      launchBrowser(),
      launchBrowser(),
    ]);
    const page = await browser.newPage();
    await signInAt(page, `${stack.consoleOrigin}/console/settings/auth`);
    await page.close();
  });
  after(async () => {
    await Promise.all([browser, fresh, signOut, tabsSignOut, tabsRenew].map((b) => b.close()));
    await stack.close();
  });

  it('deep link -> sign-in -> lands on the exact URL (path, query, hash); no openid; no code left behind', async () => {
    const page = await fresh.newPage();
    const authorizeUrls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/oauth2/authorize')) authorizeUrls.push(request.url());
    });
    const url = `${stack.consoleOrigin}${DEEP_PATH}`;
    await signInAt(page, url);
    const scope = new URL(authorizeUrls[0] ?? 'http://x').searchParams.get('scope');
    assert.equal(scope, 'all offline');
    assert.equal(new URL(authorizeUrls[0] ?? 'http://x').searchParams.get('code_challenge_method'), 'S256');
    // Going back must not reach the callback with its code (it was replaced).
    const history = await page.evaluate(() => window.location.href);
    assert.doesNotMatch(history, /code=|state=/);
    await page.close();
  });

  it('renews with the refresh token before expiry: one token request, no navigation', async () => {
    stack.sandbox.controls.setAccessTokenTtl(4);
    const page = await browser.newPage();
    try {
      // A new tab has its own sessionStorage: sign in again (the IdP session makes it a pass-through).
      await page.goto(`${stack.consoleOrigin}/console/settings/auth`);
      await page.waitForURL(`${stack.consoleOrigin}/console/settings/auth`);
      await signedInAs(page, 'Ada Lovelace');
      stack.sandbox.controls.resetStats();
      const navigations = trackNavigations(page);
      const deadline = Date.now() + 8_000;
      while ((stack.sandbox.controls.stats().tokenRequests.refresh_token ?? 0) < 1 && Date.now() < deadline) {
        await page.waitForTimeout(200);
      }
      const stats = stack.sandbox.controls.stats();
      assert.equal(stats.tokenRequests.refresh_token, 1);
      assert.equal(stats.tokenRequestsTotal, 1);
      assert.deepEqual(navigations, []);
      assert.equal(await page.getByRole('dialog').count(), 0);
    } finally {
      stack.sandbox.controls.setAccessTokenTtl(1800);
      await page.close();
    }
  });

  it('recovers from a 401 on a data call with one renew and a retry', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.consoleOrigin}/console/settings/auth`);
    await signedInAs(page, 'Ada Lovelace');
    stack.sandbox.controls.resetStats();
    stack.sandbox.controls.failNextDataCalls(1, 401);
    await page.reload();
    await signedInAs(page, 'Ada Lovelace');
    await page.getByRole('heading', { name: 'Authentication settings' }).waitFor();
    const stats = stack.sandbox.controls.stats();
    assert.equal(stats.injectedDataFaults, 1);
    assert.equal(stats.tokenRequests.refresh_token, 1);
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    await page.close();
  });

  it('a session the admin keeps refusing opens "Session expired"; signing in again in a popup keeps the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.consoleOrigin}/console/settings/auth`);
    await signedInAs(page, 'Ada Lovelace');
    stack.sandbox.controls.failNextDataCalls(20, 401);
    await page.reload();
    const dialog = page.getByRole('alertdialog', { name: 'Session expired' });
    await dialog.waitFor();
    stack.sandbox.controls.update({ failDataCalls: 0 });
    const navigations = trackNavigations(page);
    const [popup] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Sign in again' }).click(),
    ]);
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await popup.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);
    assert.deepEqual(navigations, []);
    assert.equal(new URL(page.url()).pathname, '/console/settings/auth');
    await signedInAs(page, 'Ada Lovelace');
    await page.close();
  });

  it('a bad callback shows "Try again" and does not loop', async () => {
    const page = await browser.newPage();
    const navigations = trackNavigations(page);
    await page.goto(`${stack.consoleOrigin}/console/callback?error=access_denied&state=x`);
    await page.getByRole('heading', { name: 'Sign-in did not complete' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Access was denied/);
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await page.goto(`${stack.consoleOrigin}/console/callback?code=abc&state=bogus-state-value`);
    await page.getByText(/does not belong to a sign-in started in this tab/).waitFor();
    await page.waitForTimeout(500);
    assert.ok(navigations.every((url) => url.startsWith(`${stack.consoleOrigin}/console/callback`)));
    assert.equal(new URL(page.url()).search, '');
    await page.close();
  });

  it('a link from another site to /console/logout asks first; nothing is signed out until the click', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.consoleOrigin}/console/settings/auth`);
    await signedInAs(page, 'Ada Lovelace');
    // A page that is not the console, with a link to the console's logout route.
    await page.goto('about:blank');
    await page.setContent(`<a href="${stack.consoleOrigin}/console/logout">sign out of Flyte</a>`);
    await page.getByRole('link', { name: 'sign out of Flyte' }).click();
    await page.getByRole('heading', { name: 'Sign out?' }).waitFor();
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user')),
    );
    assert.equal(stored.length, 1, 'still signed in while the question is open');
    await page.getByRole('link', { name: 'Stay signed in' }).click();
    await signedInAs(page, 'Ada Lovelace');
    await page.close();
  });

  it('signs out through flyteadmin /logout: its login cookies go, so signing in again asks again', async () => {
    const page = await signOut.newPage();
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest()) documents.push(request.url());
    });
    await signInAt(page, `${stack.consoleOrigin}/console/settings/auth`);
    await signOutFromMenu(page);
    await page.waitForURL(`${stack.consoleOrigin}/console/signed-out`);
    await page.getByRole('button', { name: 'Sign in again' }).waitFor();
    const signedOut = encodeURIComponent(`${stack.consoleOrigin}/console/signed-out`);
    assert.ok(
      documents.includes(`${stack.sandbox.adminUrl}/logout?redirect_url=${signedOut}`),
      documents.join('\n'),
    );
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user')),
    );
    assert.deepEqual(stored, []);
    // Without /logout, flyteadmin's session cookie would sign Ada in again without a question.
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Ada Lovelace' }).waitFor();
    await page.close();
  });

  it('two tabs sharing the session (userStore local): sign-out in one signs out the other', async () => {
    const base = stack.sandbox.consoleConfig() as { adminUrl: string; auth: Record<string, unknown> };
    stack.server.setConfig({ ...base, auth: { ...base.auth, userStore: 'local' } });
    const tabs = tabsSignOut;
    try {
      const first = await tabs.newPage();
      await signInAt(first, `${stack.consoleOrigin}${DEEP_PATH}`);
      const second = await tabs.newPage();
      const secondNavigations = trackNavigations(second);
      await second.goto(`${stack.consoleOrigin}/console/settings/auth`);
      await signedInAs(second, 'Ada Lovelace');
      assert.ok(secondNavigations.every((url) => url.startsWith(stack.consoleOrigin))); // no trip to the IdP
      await signOutFromMenu(first);
      await second.waitForURL(`${stack.consoleOrigin}/console/signed-out`);
      await second.getByRole('button', { name: 'Sign in again' }).waitFor();
    } finally {
      stack.server.setConfig(base);
      await Promise.all(tabs.context.pages().map((page) => page.close()));
    }
  });

  it('two tabs sharing the session renew once between them (Web Lock + re-read)', async () => {
    const base = stack.sandbox.consoleConfig() as { adminUrl: string; auth: Record<string, unknown> };
    stack.server.setConfig({ ...base, auth: { ...base.auth, userStore: 'local' } });
    stack.sandbox.controls.setAccessTokenTtl(6);
    const tabs = tabsRenew;
    try {
      const first = await tabs.newPage();
      await signInAt(first, `${stack.consoleOrigin}/console/settings/auth`);
      const second = await tabs.newPage();
      await second.goto(`${stack.consoleOrigin}/console/settings/auth`);
      await signedInAs(second, 'Ada Lovelace');
      stack.sandbox.controls.resetStats();
      const deadline = Date.now() + 10_000;
      while ((stack.sandbox.controls.stats().tokenRequests.refresh_token ?? 0) < 1 && Date.now() < deadline) {
        await first.waitForTimeout(200);
      }
      await first.waitForTimeout(1_500); // the other tab's timer fires in this window and adopts the new token
      assert.equal(stack.sandbox.controls.stats().tokenRequests.refresh_token, 1);
      await signedInAs(first, 'Ada Lovelace');
      await signedInAs(second, 'Ada Lovelace');
    } finally {
      stack.sandbox.controls.setAccessTokenTtl(1800);
      stack.server.setConfig(base);
      await Promise.all(tabs.context.pages().map((page) => page.close()));
    }
  });

  it('auth.mode "none" against an admin that requires sign-in says so instead of looping', async () => {
    stack.server.setConfig(stack.sandbox.consoleConfig('none'));
    const page = await browser.newPage();
    try {
      await page.goto(`${stack.consoleOrigin}/console/`);
      await page
        .getByText(/requires sign-in/)
        .first()
        .waitFor();
      assert.match(await page.locator('body').innerText(), /auth\.mode/);
    } finally {
      stack.server.setConfig(stack.sandbox.consoleConfig());
      await page.close();
    }
  });
});

describe('auth: external IdP', () => {
  let stack: Stack;
  let browser: TestBrowser;
  before(async () => {
    [stack, browser] = await Promise.all([startStack({ auth: 'external' }), launchBrowser()]);
  });
  after(async () => {
    await browser.close();
    await stack.close();
  });

  it('deep link -> sign-in at the IdP -> exact URL, name from the id_token; logout ends the IdP session', async () => {
    const page = await browser.newPage();
    const authorizeUrls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(stack.sandbox.idpIssuer) && request.url().includes('/auth?')) {
        authorizeUrls.push(request.url());
      }
    });
    const url = `${stack.consoleOrigin}${DEEP_PATH}`;
    await signInAt(page, url);
    const params = new URL(authorizeUrls[0] ?? 'http://x').searchParams;
    assert.match(params.get('scope') ?? '', /\bopenid\b/);
    assert.ok((params.get('nonce') ?? '').length > 20);

    const endSessionUrls: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(stack.sandbox.idpIssuer) && url.includes('post_logout_redirect_uri='))
        endSessionUrls.push(url);
    });
    await signOutFromMenu(page);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((current) => current.href.startsWith(`${stack.consoleOrigin}/console/signed-out`));
    await page.getByRole('button', { name: 'Sign in again' }).waitFor();
    // The end-session request carried state; the IdP sent it back and the page completed and removed it.
    const state = new URL(endSessionUrls[0] ?? 'http://x').searchParams.get('state');
    assert.ok(state, 'end-session carries state');
    await page.waitForURL(`${stack.consoleOrigin}/console/signed-out`);
    const leftover = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.')),
    );
    assert.deepEqual(leftover, []);
    // The IdP session is gone: signing in again shows the IdP's sign-in page.
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Ada Lovelace' }).waitFor();
    await page.close();
  });
});

describe('auth: off', () => {
  let stack: Stack;
  let browser: TestBrowser;
  before(async () => {
    // The sandbox would suggest auth.mode "none"; "auto" must find out by itself from the admin's 501 answers.
    const auto = (base: Record<string, unknown>) => ({ ...base, auth: { mode: 'auto' } });
    [stack, browser] = await Promise.all([startStack({ auth: 'none', config: auto }), launchBrowser()]);
  });
  after(async () => {
    await browser.close();
    await stack.close();
  });

  it('auto mode detects auth off (501) and opens a deep link without any sign-in', async () => {
    const page = await browser.newPage();
    const navigations = trackNavigations(page);
    const url = `${stack.consoleOrigin}/console/settings/auth?from=link#top`;
    await page.goto(url);
    await page.getByRole('link', { name: 'Flyte Console' }).waitFor();
    await page.getByText('none (the admin runs without authentication)').waitFor();
    assert.equal(page.url(), url);
    assert.ok(navigations.every((u) => u.startsWith(stack.consoleOrigin)));
    assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0);
    // Sign out sits in the user menu: with auth off there is no user menu at all.
    assert.equal(await page.getByRole('button', { name: /^Signed in as / }).count(), 0);
    await page.close();
  });
});
