import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch } from '../api/admin-client-instance';
import { ApiError } from '../api/api-error';
import { createTabSync, type TabMessage } from './tab-sync';
import { createMockAuth, IDP, type MockAuth, type MockAuthOptions } from './testing/mock-auth';
import { pathOf, setupAuth, type TestAuth } from './testing/render-shell';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const live: TestAuth[] = [];
afterEach(() => {
  cleanup();
  for (const t of live.splice(0)) t.dispose();
  server.resetHandlers();
});

function mock(options: MockAuthOptions = {}): MockAuth {
  const m = createMockAuth(options);
  server.use(...m.handlers);
  return m;
}

async function load(auth: Record<string, unknown> = {}, channel?: string): Promise<TestAuth> {
  const t = await setupAuth(auth, { channel });
  live.push(t);
  return t;
}

const PAGE = '/console/projects/flytesnacks/domains/development/workflows?q=x';

/** Signed in and showing PAGE with its data. */
async function signedIn(m: MockAuth, auth: Record<string, unknown> = {}, channel?: string) {
  const first = await load(auth, channel);
  first.renderAt(PAGE);
  await waitFor(() => expect(first.redirects.urls).toHaveLength(1));
  cleanup();
  const t = await load(auth, channel);
  t.renderAt(pathOf(m.callbackUrl(first.redirects.last)));
  await screen.findByText('Projects: flytesnacks');
  return t;
}

describe('401 -> renew -> retry', () => {
  it('collapses many concurrent 401s into one refresh request, and keeps the query cache', async () => {
    const m = mock();
    const t = await signedIn(m);
    const cached = t.queryClient.getQueryData(['probe-projects']);
    m.revokeAccessTokens();
    const results = await Promise.all(Array.from({ length: 6 }, () => adminFetch('/api/v1/projects')));
    expect(results).toHaveLength(6);
    expect(m.counters.refresh).toBe(1);
    expect(t.queryClient.getQueryData(['probe-projects'])).toBe(cached);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('renews once and retries once after a 401', async () => {
    const m = mock();
    const t = await signedIn(m);
    m.faults.data401 = 1;
    await adminFetch('/api/v1/projects');
    expect(m.counters.refresh).toBe(1);
    expect(m.seen.dataHeaders.at(-1)).not.toBe(m.seen.dataHeaders.at(-2));
    expect(t.services.status.get().expired).toBeNull();
  });

  it('opens a focused "Session expired" dialog when the retry is 401 too; signing in again keeps the screen', async () => {
    const m = mock();
    const t = await signedIn(m);
    m.faults.data401 = 2;
    await t.queryClient.invalidateQueries({ queryKey: ['probe-projects'] });
    const dialog = await screen.findByRole('alertdialog', { name: 'Session expired' });
    const button = screen.getByRole('button', { name: 'Sign in again' });
    expect(button).toHaveFocus();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByText(/session has expired/i)).toBeInTheDocument();
    // The popup comes back through the mock IdP; the page below stays mounted.
    t.popups.respond = (url) => m.callbackUrl(url);
    await userEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await screen.findByText('Projects: flytesnacks')).toBeInTheDocument();
    expect(t.popups.urls).toHaveLength(1);
    expect(t.redirects.urls).toHaveLength(0);
    expect(pathOf(window.location.href)).toBe(PAGE);
  });

  it('RFC 9207 on the popup path: a response from another issuer is refused before the code exchange', async () => {
    const m = mock({ issParameter: true });
    const t = await signedIn(m, { mode: 'external', issuer: IDP });
    const before = m.counters.code;
    t.services.status.update({ expired: { reason: 'test' } });
    t.popups.respond = (url) => m.callbackUrl(url, { iss: 'https://evil.test' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText(/Sign-in did not complete: .*evil\.test/)).toBeInTheDocument();
    expect(m.counters.code).toBe(before);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('falls back to a redirect back to the same URL when the popup is blocked', async () => {
    const m = mock();
    const t = await signedIn(m);
    t.services.status.update({ expired: { reason: 'test' } });
    t.popups.blocked = true;
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const state = new URL(t.redirects.last).searchParams.get('state') ?? '';
    const stored = JSON.parse(sessionStorage.getItem(`oidc.${state}`) ?? '{}') as {
      data?: { returnTo?: string };
    };
    expect(stored.data?.returnTo).toBe(PAGE);
  });

  it('invalid_grant: drops the session and starts a clean sign-in that returns to the same URL', async () => {
    const m = mock();
    const t = await signedIn(m);
    m.revokeAccessTokens();
    m.faults.token.push({ status: 400, body: { error: 'invalid_grant', error_description: 'expired' } });
    await t.queryClient.invalidateQueries({ queryKey: ['probe-projects'] });
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const state = new URL(t.redirects.last).searchParams.get('state') ?? '';
    const stored = JSON.parse(sessionStorage.getItem(`oidc.${state}`) ?? '{}') as {
      data?: { returnTo?: string };
    };
    expect(stored.data?.returnTo).toBe(PAGE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('a network failure while renewing is "offline", not signed out', async () => {
    const m = mock();
    const t = await signedIn(m);
    m.revokeAccessTokens();
    m.faults.token.push('network');
    const error = await adminFetch('/api/v1/projects').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('offline');
    expect(await t.services.userManager.getUser()).not.toBeNull();
    expect(await screen.findByText(/cannot be reached to renew your session/)).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.redirects.urls).toHaveLength(0);
    // Back online: one renewal, and the notice goes away.
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByText(/cannot be reached to renew your session/)).toBeNull());
    expect(m.counters.refresh).toBe(1); // the failed attempt never got an answer
  });

  it('403 is a permission message, not a sign-in prompt', async () => {
    const m = mock();
    const t = await signedIn(m);
    server.use(
      http.get('https://admin.test/api/v1/projects', () =>
        HttpResponse.json({ code: 7, message: 'no access to flytesnacks', details: [] }, { status: 403 }),
      ),
    );
    await t.queryClient.invalidateQueries({ queryKey: ['probe-projects'] });
    expect(await screen.findByText(/not allowed to do this: no access to flytesnacks/)).toBeInTheDocument();
    expect(m.counters.refresh).toBe(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('renews before expiry with the refresh token: one request, no navigation, cache kept', async () => {
    const m = mock({ accessTokenTtl: 2 });
    const t = await signedIn(m);
    const cached = t.queryClient.getQueryData(['probe-projects']);
    const href = window.location.href;
    await waitFor(() => expect(m.counters.refresh).toBe(1), { timeout: 2500 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(m.counters.refresh).toBe(1);
    expect(window.location.href).toBe(href);
    expect(t.redirects.urls).toHaveLength(0);
    expect(t.queryClient.getQueryData(['probe-projects'])).toBe(cached);
  });
});

describe('logout', () => {
  it('internal server (no end-session): local sign-out, cache and storage cleared, other tabs told', async () => {
    const m = mock();
    const t = await signedIn(m, {}, 'logout-internal');
    const heard: TabMessage[] = [];
    const otherTab = createTabSync('logout-internal');
    otherTab.subscribe((message) => heard.push(message));
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/console/signed-out');
    expect(await t.services.userManager.getUser()).toBeNull();
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(t.redirects.urls).toHaveLength(0);
    expect(m.counters.revoke).toBe(0);
    await waitFor(() => expect(heard).toEqual([{ type: 'signed-out' }]));
    otherTab.close();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(t.redirects.urls).toHaveLength(1);
  });

  it('external IdP: revokes tokens, then RP-initiated logout with id_token_hint and post_logout_redirect_uri', async () => {
    const m = mock();
    const t = await signedIn(m, { mode: 'external', issuer: IDP });
    const idToken = (await t.services.userManager.getUser())?.id_token;
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const url = new URL(t.redirects.last);
    expect(url.origin + url.pathname).toBe(`${IDP}/protocol/openid-connect/logout`);
    expect(url.searchParams.get('id_token_hint')).toBe(idToken);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(
      `${window.location.origin}/console/signed-out`,
    );
    expect(m.counters.revoke).toBe(2); // refresh and access token
    expect(await t.services.userManager.getUser()).toBeNull();
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('the /console/logout route signs out too', async () => {
    const m = mock();
    const t = await signedIn(m);
    cleanup();
    t.renderAt('/console/logout');
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
  });
});

describe('tabs', () => {
  it('a sign-out in another tab signs this tab out and shows the signed-out page', async () => {
    const m = mock();
    const t = await signedIn(m, {}, 'tabs-out');
    const otherTab = createTabSync('tabs-out');
    otherTab.post({ type: 'signed-out' });
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
    expect(t.queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(t.redirects.urls).toHaveLength(0); // no automatic sign-in after a sign-out
    otherTab.close();
  });

  it('a signed-out tab offers to continue when another tab signs in', async () => {
    mock();
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
