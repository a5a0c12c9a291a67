import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { createTabSync, type TabMessage } from '../session/tab-sync';
import { authFlow } from '../../../test/unit/auth/auth-flow';
import { clickSignOut } from '../../../test/unit/auth/user-menu';

const msw = setupMsw();
const { load, signedIn } = authFlow();

const PAGE = '/console/projects/flytesnacks/domains/development/workflows?q=x';

describe('logout', () => {
  it('internal server (no end-session): local sign-out, cache and storage cleared, other tabs told', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE, {}, 'logout-internal');
    // A sign-in started earlier and never finished (another tab's, a closed popup's) leaves its state behind.
    const abandoned = { id: 'abandoned', created: Math.floor(Date.now() / 1000), data: { returnTo: PAGE } };
    await t.services.userManager.settings.stateStore.set('abandoned', JSON.stringify(abandoned));
    const heard: TabMessage[] = [];
    const otherTab = createTabSync('logout-internal');
    otherTab.subscribe((message) => heard.push(message));
    await clickSignOut();
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/console/signed-out');
    expect(await t.services.userManager.getUser()).toBeNull();
    const oidcKeys = [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((k) =>
      k.startsWith('oidc.'),
    );
    expect(oidcKeys).toEqual([]);
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(t.redirects.urls).toHaveLength(0);
    expect(mocks.idp.controls.counters.revokedTokens).toEqual([]);
    await waitFor(() => expect(heard).toEqual([{ type: 'signed-out' }]));
    otherTab.close();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(t.redirects.urls).toHaveLength(1);
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

  it('the /console/logout route signs out too', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    cleanup();
    t.renderAt('/console/logout');
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
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
