import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  createMockAuth,
  IDP,
  unsignedJwt,
  type MockAuth,
  type MockAuthOptions,
} from './testing/mock-auth';
import { pathOf, setupAuth, type TestAuth } from './testing/render-shell';
import { completeSignIn } from './complete-sign-in';

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

/** A page load: fresh UserManager and services over the same sessionStorage, like a browser reload. */
async function load(auth: Record<string, unknown> = {}): Promise<TestAuth> {
  const t = await setupAuth(auth);
  live.push(t);
  return t;
}

const DEEP =
  '/console/projects/flytesnacks/domains/development/executions/abc123?phase=RUNNING&sort=desc#nodes';

/** Deep link without a session -> the automatic redirect's authorize URL. */
async function startAt(url: string, auth: Record<string, unknown> = {}) {
  const t = await load(auth);
  t.renderAt(url);
  await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
  return { t, authorizeUrl: t.redirects.last };
}

async function signIn(m: MockAuth, url = DEEP, auth: Record<string, unknown> = {}) {
  const { authorizeUrl } = await startAt(url, auth);
  cleanup();
  const t = await load(auth);
  t.renderAt(pathOf(m.callbackUrl(authorizeUrl)));
  return t;
}

describe('gate', () => {
  it('redirects an unauthenticated deep link at once, with PKCE S256 and state, and sends no data request', async () => {
    const m = mock();
    const { authorizeUrl } = await startAt(DEEP);
    const url = new URL(authorizeUrl);
    expect(url.origin + url.pathname).toBe(`${ADMIN}/oauth2/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')?.length).toBeGreaterThanOrEqual(8);
    expect(url.searchParams.get('redirect_uri')).toBe(`${window.location.origin}/console/callback`);
    expect(url.searchParams.get('client_id')).toBe('flyteconsole');
    // The return URL travels in local state, never in the request.
    expect(authorizeUrl).not.toContain('abc123');
    expect(screen.getByRole('status')).toHaveTextContent('Redirecting to sign-in');
    expect(screen.queryByText(/Projects:/)).toBeNull();
    expect(m.counters.data + m.counters.me).toBe(0);
  });

  it('knows where the sign-in lands before the token request, so the view can load meanwhile', async () => {
    const m = mock();
    const { authorizeUrl } = await startAt(DEEP);
    cleanup();
    const t = await load();
    const landings: { returnTo: string; tokenRequests: number }[] = [];
    const outcome = await completeSignIn(t.services, m.callbackUrl(authorizeUrl), (returnTo) =>
      landings.push({ returnTo, tokenRequests: m.counters.token }),
    );
    expect(outcome).toEqual({ ok: true, returnTo: DEEP });
    expect(landings).toEqual([{ returnTo: DEEP, tokenRequests: 0 }]);
  });

  it('internal server: asks for the admin scopes "all offline", without openid or nonce', async () => {
    mock();
    const { authorizeUrl } = await startAt(DEEP);
    const params = new URL(authorizeUrl).searchParams;
    expect(params.get('scope')).toBe('all offline');
    expect(params.get('nonce')).toBeNull();
  });

  it('external IdP: asks for OIDC scopes with a nonce, and sends the audience when configured', async () => {
    mock();
    const { authorizeUrl } = await startAt(DEEP, { mode: 'external', issuer: IDP, audience: 'flyte-api' });
    const params = new URL(authorizeUrl).searchParams;
    expect(authorizeUrl.startsWith(`${IDP}/protocol/openid-connect/auth`)).toBe(true);
    expect(params.get('scope')).toBe('openid profile email offline_access');
    expect(params.get('nonce')?.length).toBeGreaterThan(20);
    expect(params.get('audience')).toBe('flyte-api');
  });

  it('coming back from the sign-in page without signing in (back button) offers sign-in instead of bouncing', async () => {
    mock();
    const t = await load();
    t.redirects.respond = () => window.location.href; // the browser restores this page from its cache
    t.renderAt(DEEP);
    expect(await screen.findByRole('heading', { name: 'You are not signed in' })).toBeInTheDocument();
    expect(t.redirects.urls).toHaveLength(1);
    t.redirects.respond = null;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(t.redirects.urls).toHaveLength(2);
  });

  it('does not treat code/state on a non-callback path as a sign-in response', async () => {
    const m = mock();
    const { authorizeUrl } = await startAt('/console/projects/p/domains/d/executions/e?code=abc&state=def');
    expect(authorizeUrl).toContain('/oauth2/authorize');
    expect(m.counters.token).toBe(0);
  });
});

describe('callback', () => {
  it('lands on the exact deep link (path, query, hash), replacing the callback entry, then loads data', async () => {
    const m = mock();
    const t = await signIn(m);
    const lengthAtCallback = window.history.length;
    await screen.findByText('Projects: flytesnacks');
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(window.location.href).not.toMatch(/code=|state=/);
    expect(window.history.length).toBe(lengthAtCallback); // replaced, not pushed
    expect(m.seen.dataHeaders.at(-1)).toMatch(/^Bearer at-/);
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument(); // from /me
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('external IdP: name from the id_token, no /me call, nonce checked by a successful exchange', async () => {
    const m = mock();
    await signIn(m, DEEP, { mode: 'external', issuer: IDP });
    await screen.findByText('Grace Hopper');
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(m.counters.me).toBe(0);
    // The picture comes from userinfo, on the IdP's own origin (no third-party request).
    expect(document.querySelector('img.user-avatar')).toHaveAttribute('src', `${IDP}/avatar.png`);
  });

  it('shows access_denied with "Try again" and never redirects by itself', async () => {
    mock();
    const t = await load();
    t.renderAt('/console/callback?error=access_denied&error_description=no%20thanks&state=x');
    expect(await screen.findByText('Access was denied at the sign-in server.')).toBeInTheDocument();
    expect(screen.getByText(/access_denied: no thanks/)).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.redirects.urls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(t.redirects.urls).toHaveLength(1);
  });

  it('an IdP error for a real sign-in: "Try again" goes back to the URL that was asked for', async () => {
    mock();
    const { authorizeUrl } = await startAt(DEEP);
    cleanup();
    const state = new URL(authorizeUrl).searchParams.get('state');
    const t = await load();
    t.renderAt(`/console/callback?error=login_required&state=${state}`);
    expect(await screen.findByText(/needs you to sign in interactively/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const newState = new URL(t.redirects.last).searchParams.get('state') ?? '';
    const stored = JSON.parse(sessionStorage.getItem(`oidc.${newState}`) ?? '{}') as {
      data?: { returnTo?: string };
    };
    expect(stored.data?.returnTo).toBe(DEEP);
  });

  it('an unknown state is refused without a token request', async () => {
    const m = mock();
    const t = await load();
    t.renderAt('/console/callback?code=abc&state=bogus-state-123');
    expect(await screen.findByText(/does not belong to a sign-in started in this tab/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(m.counters.token).toBe(0);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('a missing state is refused', async () => {
    mock();
    const t = await load();
    t.renderAt('/console/callback?code=abc');
    expect(await screen.findByText('This address is not a sign-in response.')).toBeInTheDocument();
  });

  it('a replayed callback URL (state already used) is refused', async () => {
    const m = mock();
    const { authorizeUrl } = await startAt(DEEP);
    cleanup();
    const callback = pathOf(m.callbackUrl(authorizeUrl));
    (await load()).renderAt(callback);
    await screen.findByText('Projects: flytesnacks');
    cleanup();
    (await load()).renderAt(callback);
    expect(await screen.findByText(/does not belong to a sign-in started in this tab/)).toBeInTheDocument();
    expect(m.counters.code).toBe(1);
  });

  it('a failing token endpoint (HTTP 500) shows the failure and Try again', async () => {
    const m = mock();
    m.faults.token.push({ status: 500 });
    await signIn(m);
    expect(
      await screen.findByText('The sign-in could not be completed at the token endpoint.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/500/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('RFC 9207: an iss parameter naming another issuer is refused before the code is exchanged', async () => {
    const m = mock({ issParameter: true });
    const { authorizeUrl } = await startAt(DEEP, { mode: 'external', issuer: IDP });
    cleanup();
    const t = await load({ mode: 'external', issuer: IDP });
    t.renderAt(pathOf(m.callbackUrl(authorizeUrl, { iss: 'https://evil.test' })));
    expect(await screen.findByText('The sign-in response came from the wrong server.')).toBeInTheDocument();
    expect(m.counters.code).toBe(0);
  });

  it('RFC 9207: the iss parameter is required when the server announces it', async () => {
    const m = mock({ issParameter: true });
    const { authorizeUrl } = await startAt(DEEP, { mode: 'external', issuer: IDP });
    cleanup();
    (await load({ mode: 'external', issuer: IDP })).renderAt(
      pathOf(m.callbackUrl(authorizeUrl, { iss: '' })),
    );
    expect(await screen.findByText('The sign-in response came from the wrong server.')).toBeInTheDocument();
    expect(m.counters.code).toBe(0);
  });

  it('RFC 9207: the right iss parameter is accepted', async () => {
    const m = mock({ issParameter: true });
    const { authorizeUrl } = await startAt(DEEP, { mode: 'external', issuer: IDP });
    cleanup();
    (await load({ mode: 'external', issuer: IDP })).renderAt(
      pathOf(m.callbackUrl(authorizeUrl, { iss: IDP })),
    );
    await screen.findByText('Projects: flytesnacks');
  });

  it('an id_token for another audience is refused and no session is kept', async () => {
    const m = mock();
    const { authorizeUrl } = await startAt(DEEP, { mode: 'external', issuer: IDP });
    cleanup();
    const nonce = new URL(authorizeUrl).searchParams.get('nonce');
    const now = Math.floor(Date.now() / 1000);
    m.faults.token.push({
      status: 200,
      body: {
        access_token: 'at-x',
        token_type: 'bearer',
        expires_in: 300,
        id_token: unsignedJwt({ iss: IDP, aud: 'someone-else', sub: 'ada', exp: now + 60, iat: now, nonce }),
      },
    });
    const t = await load({ mode: 'external', issuer: IDP });
    t.renderAt(pathOf(m.callbackUrl(authorizeUrl)));
    expect(
      await screen.findByText('The tokens from the sign-in server failed validation.'),
    ).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
  });

  it('an id_token with the wrong nonce is refused', async () => {
    const m = mock();
    const { authorizeUrl } = await startAt(DEEP, { mode: 'external', issuer: IDP });
    cleanup();
    const now = Math.floor(Date.now() / 1000);
    m.faults.token.push({
      status: 200,
      body: {
        access_token: 'at-x',
        token_type: 'bearer',
        expires_in: 300,
        id_token: unsignedJwt({
          iss: IDP,
          aud: 'flyteconsole',
          sub: 'ada',
          exp: now + 60,
          iat: now,
          nonce: 'nope',
        }),
      },
    });
    const t = await load({ mode: 'external', issuer: IDP });
    t.renderAt(pathOf(m.callbackUrl(authorizeUrl)));
    expect(await screen.findByText(/nonce/)).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
  });
});
