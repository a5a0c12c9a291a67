import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signOut as signOutFromMenu } from './user-menu.ts';
import { launchBrowser, startStack, useFixtures, useStack } from './harness.ts';
import { trackNavigations } from './page-watch.ts';
import { DEEP_PATH, signedInAs, signInAt, signInProfile } from './auth-helpers.ts';

/**
 * Sign-out end to end in headless Chromium against the sandbox: a logout link from elsewhere asks first, both kinds
 * of logout (flyteadmin's /logout, the IdP's end-session) end the session where it lives, and a tab sharing the
 * session follows.
 */
describe('auth: internal authorization server, sign-out', () => {
  const env = useFixtures({
    stack: () => startStack({ auth: 'internal' }),
    /** Signed in at the IdP in before(): the logout link test expects to pass straight through. */
    browser: launchBrowser,
    /** Profiles that have never signed in, one per test that signs in at the IdP's page and signs out there. */
    signOut: launchBrowser,
    tabsSignOut: launchBrowser,
  });
  before(() => signInProfile(env.browser, env.stack.consoleOrigin));

  it('a link from another site to /console/logout asks first; nothing is signed out until the click', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleOrigin}/console/settings/auth`);
    await signedInAs(page, 'Ada Lovelace');
    // A page that is not the console, with a link to the console's logout route.
    await page.goto('about:blank');
    await page.setContent(`<a href="${env.stack.consoleOrigin}/console/logout">sign out of Flyte</a>`);
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
    const page = await env.signOut.newPage();
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest()) documents.push(request.url());
    });
    await signInAt(page, `${env.stack.consoleOrigin}/console/settings/auth`);
    await signOutFromMenu(page);
    await page.waitForURL(`${env.stack.consoleOrigin}/console/signed-out`);
    await page.getByRole('button', { name: 'Sign in again' }).waitFor();
    const signedOut = encodeURIComponent(`${env.stack.consoleOrigin}/console/signed-out`);
    assert.ok(
      documents.includes(`${env.stack.sandbox.adminUrl}/logout?redirect_url=${signedOut}`),
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
    const base = env.stack.sandbox.consoleConfig() as { adminUrl: string; auth: Record<string, unknown> };
    env.stack.server.setConfig({ ...base, auth: { ...base.auth, userStore: 'local' } });
    const tabs = env.tabsSignOut;
    try {
      const first = await tabs.newPage();
      await signInAt(first, `${env.stack.consoleOrigin}${DEEP_PATH}`);
      const second = await tabs.newPage();
      const secondNavigations = trackNavigations(second);
      await second.goto(`${env.stack.consoleOrigin}/console/settings/auth`);
      await signedInAs(second, 'Ada Lovelace');
      assert.ok(secondNavigations.every((url) => url.startsWith(env.stack.consoleOrigin))); // no trip to the IdP
      await signOutFromMenu(first);
      await second.waitForURL(`${env.stack.consoleOrigin}/console/signed-out`);
      await second.getByRole('button', { name: 'Sign in again' }).waitFor();
    } finally {
      env.stack.server.setConfig(base);
      await Promise.all(tabs.context.pages().map((page) => page.close()));
    }
  });
});

describe('auth: external IdP', () => {
  const env = useStack({ auth: 'external' });

  it('deep link -> sign-in at the IdP -> exact URL, name from the id_token; logout ends the IdP session', async () => {
    const page = await env.browser.newPage();
    const authorizeUrls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(env.stack.sandbox.idpIssuer) && request.url().includes('/auth?')) {
        authorizeUrls.push(request.url());
      }
    });
    const url = `${env.stack.consoleOrigin}${DEEP_PATH}`;
    await signInAt(page, url);
    const params = new URL(authorizeUrls[0] ?? 'http://x').searchParams;
    assert.match(params.get('scope') ?? '', /\bopenid\b/);
    assert.ok((params.get('nonce') ?? '').length > 20);

    const endSessionUrls: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(env.stack.sandbox.idpIssuer) && url.includes('post_logout_redirect_uri='))
        endSessionUrls.push(url);
    });
    await signOutFromMenu(page);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((current) =>
      current.href.startsWith(`${env.stack.consoleOrigin}/console/signed-out`),
    );
    await page.getByRole('button', { name: 'Sign in again' }).waitFor();
    // The end-session request carried state; the IdP sent it back and the page completed and removed it.
    const state = new URL(endSessionUrls[0] ?? 'http://x').searchParams.get('state');
    assert.ok(state, 'end-session carries state');
    await page.waitForURL(`${env.stack.consoleOrigin}/console/signed-out`);
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
