import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { createTabSync, type TabMessage } from '../session/tab-sync';
import { authFlow, PROJECTS_LOADED } from '../../../test/unit/auth/auth-flow';
import { ADMIN } from '../../../test/unit/auth/render-shell';
import { clickSignOut } from '../../../test/unit/auth/user-menu';

const msw = setupMsw();
const { load, signedIn } = authFlow();

const PAGE = '/console/projects/flytesnacks/domains/development/workflows?q=x';

describe('logout', { timeout: 20_000 }, () => {
  it('internal server: cache and storage cleared, other tabs told, then through flyteadmin /logout', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE, {}, 'logout-internal');
    // A sign-in started earlier and never finished (another tab's, a closed popup's) leaves its state behind.
    const abandoned = { id: 'abandoned', created: Math.floor(Date.now() / 1000), data: { returnTo: PAGE } };
    await t.services.userManager.settings.stateStore.set('abandoned', JSON.stringify(abandoned));
    const heard: TabMessage[] = [];
    const otherTab = createTabSync('logout-internal');
    otherTab.subscribe((message) => heard.push(message));
    await clickSignOut();
    // flyteadmin's login cookies would sign the same person in again: its /logout deletes them, then 307s back.
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const adminLogout = new URL(t.redirects.last);
    expect(adminLogout.origin + adminLogout.pathname).toBe(`${ADMIN}/logout`);
    expect(adminLogout.searchParams.get('redirect_url')).toBe(`${window.location.origin}/console/signed-out`);
    expect(await t.services.userManager.getUser()).toBeNull();
    const oidcKeys = [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((k) =>
      k.startsWith('oidc.'),
    );
    expect(oidcKeys).toEqual([]);
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(mocks.idp.controls.counters.revokedTokens).toEqual([]);
    await waitFor(() => expect(heard).toEqual([{ type: 'signed-out' }]));
    otherTab.close();
    // flyteadmin's 307 brings the browser back to /console/signed-out.
    cleanup();
    t.renderAt('/console/signed-out');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(2));
  });

  it('external IdP: revokes tokens, then RP-initiated logout with id_token_hint and post_logout_redirect_uri', async () => {
    const mocks = msw.use({ admin: { authServer: 'external' } });
    const t = await signedIn(mocks, PAGE, { mode: 'external', issuer: mocks.idp.issuer });
    const user = await t.services.userManager.getUser();
    await clickSignOut();
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const url = new URL(t.redirects.last);
    expect(url.origin + url.pathname).toBe(mocks.idp.endpoints.endSession);
    expect(url.searchParams.get('id_token_hint')).toBe(user?.id_token);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(
      `${window.location.origin}/console/signed-out`,
    );
    expect([...mocks.idp.controls.counters.revokedTokens].sort()).toEqual(
      [user?.refresh_token, user?.access_token].sort(),
    );
    expect(await t.services.userManager.getUser()).toBeNull();
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('end-session carries state and logout_hint, not the authorize parameters; /signed-out accepts the answer', async () => {
    const mocks = msw.use({ admin: { authServer: 'external' } });
    mocks.idp.controls.faults.idTokenClaims = { login_hint: 'O.hint-for-ada' };
    const auth = {
      mode: 'external',
      issuer: mocks.idp.issuer,
      audience: 'https://admin.test',
      extraQueryParams: { acr_values: 'mfa' },
    };
    const t = await signedIn(mocks, PAGE, auth);
    await clickSignOut();
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const url = new URL(t.redirects.last);
    const state = url.searchParams.get('state');
    expect(state).toBeTruthy();
    expect(url.searchParams.get('logout_hint')).toBe('O.hint-for-ada');
    expect(url.searchParams.has('audience')).toBe(false);
    expect(url.searchParams.has('acr_values')).toBe(false);
    const stored = await t.services.userManager.settings.stateStore.getAllKeys();
    expect(stored).toEqual([state]);
    // The IdP redirects back with the state (the mock does what the spec asks); the page completes it.
    cleanup();
    t.renderAt(`/console/signed-out?state=${encodeURIComponent(state ?? '')}`);
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(async () =>
      expect(await t.services.userManager.settings.stateStore.getAllKeys()).toEqual([]),
    );
  });

  it('revokes both tokens even when the revocation endpoint answers 200 with a non-JSON body', async () => {
    const mocks = msw.use({ admin: { authServer: 'external' }, idp: { revocationTextBody: true } });
    const t = await signedIn(mocks, PAGE, { mode: 'external', issuer: mocks.idp.issuer });
    const user = await t.services.userManager.getUser();
    await clickSignOut();
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    expect([...mocks.idp.controls.counters.revokedTokens].sort()).toEqual(
      [user?.refresh_token, user?.access_token].sort(),
    );
  });

  it('/console/logout opened from outside the app asks before it signs out', async () => {
    const mocks = msw.use({ admin: { authServer: 'external' } });
    const heard: TabMessage[] = [];
    const t = await signedIn(mocks, PAGE, { mode: 'external', issuer: mocks.idp.issuer }, 'logout-link');
    const otherTab = createTabSync('logout-link');
    otherTab.subscribe((message) => heard.push(message));
    cleanup();
    t.renderAt('/console/logout');
    expect(await screen.findByRole('heading', { name: 'Sign out?' })).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).not.toBeNull();
    expect(heard).toEqual([]);
    expect(t.redirects.urls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    expect(t.redirects.last.startsWith(mocks.idp.endpoints.endSession)).toBe(true);
    expect(await t.services.userManager.getUser()).toBeNull();
    await waitFor(() => expect(heard).toEqual([{ type: 'signed-out' }]));
    otherTab.close();
  });

  it('"Stay signed in" on the question keeps the session', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    cleanup();
    t.renderAt('/console/logout');
    await userEvent.click(await screen.findByRole('link', { name: 'Stay signed in' }));
    expect(await screen.findByText(PROJECTS_LOADED)).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).not.toBeNull();
  });
});

describe('tabs', () => {
  it('a sign-out in another tab signs this tab out and shows the signed-out page', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE, {}, 'tabs-out');
    const otherTab = createTabSync('tabs-out');
    otherTab.post({ type: 'signed-out' });
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(t.redirects.urls).toHaveLength(0); // no automatic sign-in after a sign-out
    otherTab.close();
  });

  it('a signed-out tab offers to continue when another tab signs in', async () => {
    msw.use();
    const t = await load({}, 'tabs-in');
    t.renderAt('/console/signed-out');
    await screen.findByRole('heading', { name: 'You are signed out' });
    const otherTab = createTabSync('tabs-in');
    otherTab.post({ type: 'signed-in' });
    expect(await screen.findByText('You signed in again in another tab.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue in this tab' }));
    // sessionStorage is per tab: this tab has no session yet, so it signs in (the IdP session makes it quick).
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    otherTab.close();
  });
});
