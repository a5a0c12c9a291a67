import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { adminFetch } from '../../api/admin-client-instance';
import { ApiError } from '../../api/api-error';
import { authFlow, PROJECTS_LOADED } from '../../../test/unit/auth/auth-flow';
import { pathOf } from '../../../test/unit/auth/render-shell';

const msw = setupMsw();
const { signedIn } = authFlow();

const PAGE = '/console/projects/flytesnacks/domains/development/workflows?q=x';

const returnToOf = (authorizeUrl: string) => {
  const state = new URL(authorizeUrl).searchParams.get('state') ?? '';
  const stored = JSON.parse(sessionStorage.getItem(`oidc.${state}`) ?? '{}') as {
    data?: { returnTo?: string };
  };
  return stored.data?.returnTo;
};

describe('401 -> renew -> retry', () => {
  it('collapses many concurrent 401s into one refresh request, and keeps the query cache', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    const cached = t.queryClient.getQueryData(['probe-projects']);
    mocks.admin.expireIssuedTokens();
    const results = await Promise.all(Array.from({ length: 6 }, () => adminFetch('/api/v1/projects')));
    expect(results).toHaveLength(6);
    expect(mocks.tokenRequests('refresh_token')).toBe(1);
    expect(t.queryClient.getQueryData(['probe-projects'])).toBe(cached);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('renews once and retries once (with the new token) after a 401', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    // The old token stays refused: a retry that re-sent it would be a second 401 and expire the session.
    mocks.admin.expireIssuedTokens();
    await adminFetch('/api/v1/projects');
    expect(mocks.tokenRequests('refresh_token')).toBe(1);
    expect(t.services.status.get().expired).toBeNull();
  });

  it('opens a focused "Session expired" dialog when the retry is 401 too; signing in again keeps the screen', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    mocks.admin.controls.faults.unauthorizedDataCalls = 2;
    await t.queryClient.invalidateQueries({ queryKey: ['probe-projects'] });
    const dialog = await screen.findByRole('alertdialog', { name: 'Session expired' });
    const button = screen.getByRole('button', { name: 'Sign in again' });
    expect(button).toHaveFocus();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByText(/session has expired/i)).toBeInTheDocument();
    // The popup comes back through the mock server; the page below stays mounted.
    t.popups.respond = (url) => mocks.authorizeRedirect(url);
    await userEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await screen.findByText(PROJECTS_LOADED)).toBeInTheDocument();
    expect(t.popups.urls).toHaveLength(1);
    expect(t.redirects.urls).toHaveLength(0);
    expect(pathOf(window.location.href)).toBe(PAGE);
  });

  it('RFC 9207 on the popup path: a response from another issuer is refused before the code exchange', async () => {
    const mocks = msw.use({ admin: { authServer: 'external' } });
    const t = await signedIn(mocks, PAGE, { mode: 'external', issuer: mocks.idp.issuer });
    const before = mocks.tokenRequests('authorization_code');
    t.services.status.update({ expired: { reason: 'test' } });
    t.popups.respond = (url) => mocks.authorizeRedirect(url, { iss: 'https://evil.test' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText(/Sign-in did not complete: .*evil\.test/)).toBeInTheDocument();
    expect(mocks.tokenRequests('authorization_code')).toBe(before);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('falls back to a redirect back to the same URL when the popup is blocked', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    t.services.status.update({ expired: { reason: 'test' } });
    t.popups.blocked = true;
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    expect(returnToOf(t.redirects.last)).toBe(PAGE);
  });

  it('invalid_grant: keeps the screen and opens "Session expired"; the popup sign-in brings the data back', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    mocks.admin.expireIssuedTokens();
    mocks.admin.controls.failTokenRequests('invalid_grant');
    await t.queryClient.invalidateQueries({ queryKey: ['probe-projects'] });
    await screen.findByRole('alertdialog', { name: 'Session expired' });
    expect(t.redirects.urls).toHaveLength(0);
    expect(pathOf(window.location.href)).toBe(PAGE);
    t.popups.respond = (url) => mocks.authorizeRedirect(url);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await screen.findByText(PROJECTS_LOADED)).toBeInTheDocument();
    expect(t.popups.urls).toHaveLength(1);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('a network failure while renewing is "offline", not signed out', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    mocks.admin.expireIssuedTokens();
    mocks.admin.controls.failTokenRequests('network');
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
    expect(mocks.tokenRequests('refresh_token')).toBe(1); // the failed attempt never got an answer
  });

  it('403 is a permission message, not a sign-in prompt', async () => {
    const mocks = msw.use();
    const t = await signedIn(mocks, PAGE);
    mocks.admin.controls.faults.forbiddenPaths = ['/api/v1/projects'];
    await t.queryClient.invalidateQueries({ queryKey: ['probe-projects'] });
    expect(await screen.findByText(/not allowed to do this: permission denied/)).toBeInTheDocument();
    expect(mocks.tokenRequests('refresh_token')).toBe(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('renews before expiry with the refresh token: one request, no navigation, cache kept', async () => {
    const mocks = msw.use({ admin: { accessTokenTtlSeconds: 2 } });
    const t = await signedIn(mocks, PAGE);
    const cached = t.queryClient.getQueryData(['probe-projects']);
    const href = window.location.href;
    await waitFor(() => expect(mocks.tokenRequests('refresh_token')).toBe(1), { timeout: 2500 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mocks.tokenRequests('refresh_token')).toBe(1);
    expect(window.location.href).toBe(href);
    expect(t.redirects.urls).toHaveLength(0);
    expect(t.queryClient.getQueryData(['probe-projects'])).toBe(cached);
  });
});
