import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { authFlow, PROJECTS_LOADED } from '../../../test/unit/auth/auth-flow';
import { pathOf } from '../../../test/unit/auth/render-shell';

const msw = setupMsw();
const { load, startAt, signIn } = authFlow();

const DEEP =
  '/console/projects/flytesnacks/domains/development/executions/abc123?phase=RUNNING&sort=desc#nodes';

describe('callback', () => {
  it('lands on the exact deep link (path, query, hash), replacing the callback entry, then loads data', async () => {
    const mocks = msw.use();
    const tokens: (string | null)[] = [];
    msw.server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.startsWith('/api/v1/'))
        tokens.push(request.headers.get('flyte-authorization'));
    });
    const t = await signIn(mocks, DEEP);
    const lengthAtCallback = window.history.length;
    await screen.findByText(PROJECTS_LOADED);
    msw.server.events.removeAllListeners();
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(window.location.href).not.toMatch(/code=|state=/);
    expect(window.history.length).toBe(lengthAtCallback); // replaced, not pushed
    // The data request carries the admin's token in the admin's header (the mock refuses anything else).
    expect(tokens.at(-1)).toMatch(/^Bearer ey/);
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument(); // from /me
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('external IdP: name from the id_token, no /me call, nonce checked by a successful exchange', async () => {
    const IDP = 'https://idp.test/realms/flyte';
    const user = { name: 'Grace Hopper', picture: `${IDP}/avatar.png` };
    const mocks = msw.use({ idp: { issuer: IDP, user }, admin: { authServer: 'external' } });
    await signIn(mocks, DEEP, { mode: 'external', issuer: IDP });
    await screen.findByText('Grace Hopper');
    expect(pathOf(window.location.href)).toBe(DEEP);
    expect(mocks.adminCalls('/me')).toEqual([]);
    // The picture comes from userinfo, on the IdP's own origin (no third-party request).
    expect(document.querySelector('img.user-avatar')).toHaveAttribute('src', `${IDP}/avatar.png`);
  });

  it('shows no avatar from a third-party host: the initials stand in, and nothing is fetched from it', async () => {
    const IDP = 'https://idp.test/realms/flyte';
    const user = { name: 'Grace Hopper', picture: 'https://images.example.com/grace.png' };
    const mocks = msw.use({ idp: { issuer: IDP, user }, admin: { authServer: 'external' } });
    await signIn(mocks, DEEP, { mode: 'external', issuer: IDP });
    await screen.findByText('Grace Hopper');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.user-avatar')).toHaveTextContent('GH');
  });

  it('an IdP error without any state (a bookmarked or hand-made callback URL) gets the same clear page', async () => {
    msw.use();
    const t = await load();
    t.renderAt('/console/callback?error=access_denied');
    expect(await screen.findByText('Access was denied at the sign-in server.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('server text in an error is shown as text, never as markup', async () => {
    msw.use();
    const t = await load();
    const description = encodeURIComponent('<img src=x onerror="alert(1)">');
    t.renderAt(`/console/callback?error=access_denied&error_description=${description}`);
    expect(await screen.findByText(/<img src=x onerror="alert\(1\)">/)).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('shows access_denied with "Try again" and never redirects by itself', async () => {
    msw.use();
    const t = await load();
    t.renderAt('/console/callback?error=access_denied&error_description=no%20thanks&state=x');
    expect(await screen.findByText('Access was denied at the sign-in server.')).toBeInTheDocument();
    // The server's own words are labelled as such, never shown bare.
    const detail = screen.getByText(/access_denied: no thanks/);
    expect(detail.closest('figure')).toHaveTextContent(
      /^Error code and description sent by the sign-in server:access_denied: no thanks$/,
    );
    expect(window.location.search).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.redirects.urls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1)); // the redirect is async (PKCE, state)
  });

  it('an IdP error for a real sign-in: "Try again" goes back to the URL that was asked for', async () => {
    msw.use();
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
    const mocks = msw.use();
    const t = await load();
    t.renderAt('/console/callback?code=abc&state=bogus-state-123');
    expect(await screen.findByText(/does not belong to a sign-in started in this tab/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(mocks.tokenRequests('authorization_code')).toBe(0);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('a missing state is refused', async () => {
    msw.use();
    const t = await load();
    t.renderAt('/console/callback?code=abc');
    expect(await screen.findByText('This address is not a sign-in response.')).toBeInTheDocument();
  });

  it('a replayed callback URL (state already used) is refused', async () => {
    const mocks = msw.use();
    const { authorizeUrl } = await startAt(DEEP);
    cleanup();
    const callback = pathOf(mocks.authorizeRedirect(authorizeUrl));
    (await load()).renderAt(callback);
    await screen.findByText(PROJECTS_LOADED);
    cleanup();
    (await load()).renderAt(callback);
    expect(await screen.findByText(/does not belong to a sign-in started in this tab/)).toBeInTheDocument();
    expect(mocks.tokenRequests('authorization_code')).toBe(1);
  });

  it('a failing token endpoint (HTTP 500) shows the failure and Try again', async () => {
    const mocks = msw.use();
    mocks.admin.controls.failTokenRequests('crash');
    await signIn(mocks, DEEP);
    expect(
      await screen.findByText('The sign-in could not be completed at the token endpoint.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/500/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
