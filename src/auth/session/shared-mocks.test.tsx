import { cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMsw, type Mocks } from '../../../test/msw/index.ts';
import { authFlow } from '../../../test/unit/auth/auth-flow';
import { pathOf } from '../../../test/unit/auth/render-shell';
import { clickSignOut } from '../../../test/unit/auth/user-menu';

/**
 * The same flows against the shared unit-test mocks (test/msw): flyteadmin with its internal server or proxying
 * an external IdP, real RS256 tokens, PKCE-checking token endpoints, RFC 9207 `iss` on every response.
 */
const msw = setupMsw();
const { startAt, load } = authFlow();

/** Leaves for sign-in at `deep`, signs in at whichever server the mocks run, and renders the callback. */
async function signInThrough(mocks: Mocks, deep: string) {
  const { authorizeUrl } = await startAt(deep);
  cleanup();
  const t = await load();
  t.renderAt(pathOf(mocks.authorizeRedirect(authorizeUrl)));
  return { t, authorizeUrl };
}

const DEEP = '/console/projects/flytesnacks/domains/development/executions/x1?tab=inputs#top';

describe('against the shared test/msw mocks', () => {
  it('internal server: PKCE sign-in, exact return URL, data with the token, name from /me', async () => {
    const { authorizeUrl } = await signInThrough(msw.use(), DEEP);
    expect(new URL(authorizeUrl).searchParams.get('scope')).toBe('all offline');
    await screen.findByText(/^Projects: /);
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(await screen.findByRole('button', { name: 'Signed in as Ada Lovelace' })).toBeInTheDocument();
  });

  it('admin proxying an external IdP: signed id_token, iss checked, logout at the IdP found in its own discovery', async () => {
    const proxied = msw.use({ admin: { authServer: 'external' } });
    const { t } = await signInThrough(proxied, DEEP);
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
