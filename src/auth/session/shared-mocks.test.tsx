import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../../test/msw/index.ts';
import { pathOf, setupAuth, type TestAuth } from '../../../test/unit/auth/render-shell';
import { clickSignOut } from '../../../test/unit/auth/user-menu';

/**
 * The same flows against the shared unit-test mocks (test/msw): flyteadmin with its internal server or proxying
 * an external IdP, real RS256 tokens, PKCE-checking token endpoints, RFC 9207 `iss` on every response.
 */
const internal = createTestServer();
const proxied = createTestServer({ admin: { authServer: 'external' } });
let active = internal;

beforeAll(() => {
  internal.server.listen({ onUnhandledRequest: 'error' });
});
const live: TestAuth[] = [];
afterEach(() => {
  cleanup();
  for (const t of live.splice(0)) t.dispose();
});
afterAll(() => {
  active.server.close();
});

async function signInThrough(authorizeRedirect: (url: string) => string, deep: string) {
  const first = await setupAuth();
  live.push(first);
  first.renderAt(deep);
  await waitFor(() => expect(first.redirects.urls).toHaveLength(1));
  const callback = authorizeRedirect(first.redirects.last);
  cleanup();
  const t = await setupAuth();
  live.push(t);
  t.renderAt(pathOf(callback));
  return { t, authorizeUrl: first.redirects.last };
}

const DEEP = '/console/projects/flytesnacks/domains/development/executions/x1?tab=inputs#top';

describe('against the shared test/msw mocks', () => {
  it('internal server: PKCE sign-in, exact return URL, data with the token, name from /me', async () => {
    const { authorizeUrl } = await signInThrough((url) => internal.admin.authorizeRedirect(url), DEEP);
    expect(new URL(authorizeUrl).searchParams.get('scope')).toBe('all offline');
    await screen.findByText(/^Projects: /);
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(await screen.findByRole('button', { name: 'Signed in as Ada Lovelace' })).toBeInTheDocument();
  });

  it('admin proxying an external IdP: signed id_token, iss checked, logout at the IdP found in its own discovery', async () => {
    internal.server.close();
    proxied.server.listen({ onUnhandledRequest: 'error' });
    active = proxied;
    const { t } = await signInThrough((url) => proxied.idp.authorizeRedirect(url), DEEP);
    await screen.findByText(/^Projects: /);
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(await screen.findByRole('button', { name: 'Signed in as Ada Lovelace' })).toBeInTheDocument();
    expect(t.resolution.server).toBe('external');
    const idToken = (await t.services.userManager.getUser())?.id_token;
    expect(idToken?.split('.')).toHaveLength(3);
    await clickSignOut();
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    const logout = new URL(t.redirects.last);
    expect(`${logout.origin}${logout.pathname}`).toBe(proxied.idp.endpoints.endSession);
    expect(logout.searchParams.get('id_token_hint')).toBe(idToken);
  });
});
