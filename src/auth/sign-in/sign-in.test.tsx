import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { completeSignIn } from './complete-sign-in';
import { authFlow } from '../../../test/unit/auth/auth-flow';
import { ADMIN } from '../../../test/unit/auth/render-shell';

const msw = setupMsw();
const { load, startAt } = authFlow();

const DEEP =
  '/console/projects/flytesnacks/domains/development/executions/abc123?phase=RUNNING&sort=desc#nodes';

describe('gate', () => {
  it('redirects an unauthenticated deep link at once, with PKCE S256 and state, and sends no data request', async () => {
    const mocks = msw.use();
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
    expect(mocks.adminCalls()).toEqual([]); // neither /api/v1 nor /me
  });

  it('knows where the sign-in lands before the token request, so the view can load meanwhile', async () => {
    const mocks = msw.use();
    const { authorizeUrl } = await startAt(DEEP);
    cleanup();
    const t = await load();
    const landings: { returnTo: string; tokenRequests: number }[] = [];
    const outcome = await completeSignIn(t.services, mocks.authorizeRedirect(authorizeUrl), (returnTo) =>
      landings.push({ returnTo, tokenRequests: mocks.tokenRequests('authorization_code') }),
    );
    expect(outcome).toEqual({ ok: true, returnTo: DEEP });
    expect(landings).toEqual([{ returnTo: DEEP, tokenRequests: 0 }]);
  });

  it('internal server: asks for the admin scopes "all offline", without openid or nonce', async () => {
    msw.use();
    const { authorizeUrl } = await startAt(DEEP);
    const params = new URL(authorizeUrl).searchParams;
    expect(params.get('scope')).toBe('all offline');
    expect(params.get('nonce')).toBeNull();
  });

  it('external IdP: asks for OIDC scopes with a nonce, and sends the audience when configured', async () => {
    const { idp } = msw.use();
    const { authorizeUrl } = await startAt(DEEP, {
      mode: 'external',
      issuer: idp.issuer,
      audience: 'flyte-api',
    });
    const params = new URL(authorizeUrl).searchParams;
    expect(authorizeUrl.startsWith(idp.endpoints.authorization)).toBe(true);
    expect(params.get('scope')).toBe('openid profile email offline_access');
    expect(params.get('nonce')?.length).toBeGreaterThan(20);
    expect(params.get('audience')).toBe('flyte-api');
  });

  it('coming back from the sign-in page without signing in (back button) offers sign-in instead of bouncing', async () => {
    msw.use();
    const t = await load();
    t.redirects.respond = () => window.location.href; // the browser restores this page from its cache
    t.renderAt(DEEP);
    expect(await screen.findByRole('heading', { name: 'You are not signed in' })).toBeInTheDocument();
    expect(t.redirects.urls).toHaveLength(1);
    t.redirects.respond = null;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(2)); // the redirect is async (PKCE, state)
  });

  it('does not treat code/state on a non-callback path as a sign-in response', async () => {
    const mocks = msw.use();
    const { authorizeUrl } = await startAt('/console/projects/p/domains/d/executions/e?code=abc&state=def');
    expect(authorizeUrl).toContain('/oauth2/authorize');
    expect(mocks.tokenRequests('authorization_code')).toBe(0);
  });
});
