import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { User, UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupMsw, unreachable, type Mocks } from '../../test/msw/index.ts';
import { configureAdminClient } from '../api/admin-client-instance';
import { createAdminFetch } from '../api/admin-client';
import { describeApiError } from '../api/api-error';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import { validateConfig } from '../config/validate-config';
import { startAuth, type AuthStart } from './start-auth';
import { authShellFor } from './ui/shell-for';
import { ADMIN, pathOf } from '../../test/unit/auth/render-shell';
import { authFlow } from '../../test/unit/auth/auth-flow';
import { userManagerSettings } from './session/user-manager';

const msw = setupMsw();
const { startAt } = authFlow();
const started: AuthStart[] = [];
afterEach(() => {
  for (const s of started.splice(0)) s.services?.dispose();
});

function config(auth: Record<string, unknown> = {}) {
  const result = validateConfig({ adminUrl: ADMIN, auth });
  if (!result.ok) throw new Error('bad config');
  return result.config;
}

async function boot(auth: Record<string, unknown> = {}) {
  const validated = config(auth);
  const start = await startAuth(validated);
  started.push(start);
  configureAdminClient({ baseUrl: ADMIN, auth: start.bridge });
  render(<App queryClient={createQueryClient()} AuthShell={authShellFor(start, validated)} />);
  return start;
}

/** A session from an earlier visit, with tokens the mocked flyteadmin issued. */
async function seedUser(mocks: Mocks, expiresIn: number) {
  const start = await startAuth(config());
  started.push(start);
  if (start.resolution.kind !== 'oauth') throw new Error('expected oauth');
  const um = new UserManager(userManagerSettings(start.resolution));
  await um.storeUser(
    new User({
      access_token: await mocks.admin.mintAccessToken({ expiresInSeconds: expiresIn }),
      token_type: 'bearer',
      refresh_token: mocks.admin.issueRefreshToken(),
      scope: 'all offline',
      profile: {} as never,
      expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    }),
  );
  start.services?.dispose();
}

/** Every token the stored session holds (whatever it was renewed to). */
function storedTokens(): string[] {
  return Object.keys(sessionStorage)
    .filter((key) => key.startsWith('oidc.user:'))
    .flatMap((key) => {
      const user = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      return [user.access_token, user.refresh_token].filter((t): t is string => typeof t === 'string');
    });
}

describe('startAuth', () => {
  it('shows the discovery error page (URL, status, likely cause, Retry) instead of the console', async () => {
    msw.server.use(
      unreachable(`${ADMIN}/.well-known/oauth-authorization-server`),
      unreachable(`${ADMIN}/config/v1/flyte_client`),
    );
    await boot();
    expect(screen.getByRole('heading', { name: 'The console cannot set up sign-in' })).toBeInTheDocument();
    expect(screen.getByText(`${ADMIN}/.well-known/oauth-authorization-server`)).toBeInTheDocument();
    expect(screen.getByText('no answer')).toBeInTheDocument();
    expect(screen.getByText(/CORS/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Flyte Console' })).toBeNull();
  });

  it('runs without sign-in when the admin answers 501, and a 401 then says to set auth.mode', async () => {
    const mocks = msw.use({ admin: { authOff: true } });
    const start = await startAuth(config());
    expect(start.bridge).toBeNull();
    expect(start.resolution.kind).toBe('none');
    // The admin changed its mind (auth switched on after the console loaded): data calls now need a token.
    mocks.admin.controls.faults.unauthorizedDataCalls = 1;
    const error = await createAdminFetch({ baseUrl: ADMIN, auth: start.bridge })('/api/v1/projects').catch(
      (e: unknown) => e,
    );
    expect(describeApiError(error)).toMatch(/requires sign-in.*Set auth\.mode/);
  });

  it('the real router puts every protected route behind the gate: deep link -> redirect with the exact URL', async () => {
    const mocks = msw.use();
    const signin = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    window.history.replaceState(null, '', '/console/settings/auth?tab=x#top');
    await boot();
    await waitFor(() => expect(signin).toHaveBeenCalledTimes(1));
    expect(signin.mock.calls[0]?.[0]?.state).toEqual({ returnTo: '/console/settings/auth?tab=x#top' });
    expect(screen.queryByRole('link', { name: 'Flyte Console' })).toBeNull();
    expect(mocks.adminCalls()).toEqual([]);
  });

  it('leaves for sign-in during boot, before any view renders or its code loads', async () => {
    msw.use();
    const signin = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    window.history.replaceState(null, '', '/console/projects/p/domains/d/executions?x=1#y');
    const start = await startAuth(config());
    started.push(start);
    await waitFor(() => expect(signin).toHaveBeenCalledTimes(1));
    expect(signin.mock.calls[0]?.[0]?.state).toEqual({
      returnTo: '/console/projects/p/domains/d/executions?x=1#y',
    });
  });

  it('does not start a sign-in on the callback itself', async () => {
    msw.use();
    const signin = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    window.history.replaceState(null, '', '/console/callback?code=c&state=s');
    started.push(await startAuth(config()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(signin).not.toHaveBeenCalled();
  });

  it('renews an expired stored session before rendering, and the settings page shows the session without tokens', async () => {
    const mocks = msw.use();
    await seedUser(mocks, -10);
    window.history.replaceState(null, '', '/console/settings/auth');
    await boot();
    expect(mocks.tokenRequests('refresh_token') + mocks.tokenRequests('authorization_code')).toBe(1);
    expect(await screen.findByRole('heading', { name: 'Authentication settings' })).toBeInTheDocument();
    expect(screen.getByText('all offline')).toBeInTheDocument();
    expect(screen.getByText('flyte-authorization')).toBeInTheDocument();
    expect(screen.getByText('yes')).toBeInTheDocument(); // refresh token held
    expect(screen.getByText(`${window.location.origin}/console/callback`)).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/console/silent-callback.html`)).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/console/signed-out`)).toBeInTheDocument();
    expect(screen.getByText(/flyteadmin's internal authorization server/)).toBeInTheDocument();
    expect(screen.getAllByText(ADMIN).length).toBeGreaterThan(0); // the issuer
    expect(screen.getByText(`${ADMIN}/oauth2/authorize`)).toBeInTheDocument();
    expect(screen.getByText(`${ADMIN}/oauth2/token`)).toBeInTheDocument();
    expect(screen.getByText('flyteconsole')).toBeInTheDocument();
    expect(screen.getByText(/^expires in /)).toBeInTheDocument();
    expect(screen.getByLabelText('flytectl configuration')).toHaveTextContent('authType: Pkce');
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    const tokens = storedTokens();
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect(document.body.textContent).not.toContain(token);
  });
  it('on the callback, exchanges the code during boot (before the app renders); the callback page joins it', async () => {
    const mocks = msw.use();
    const deep = '/console/projects/flytesnacks/domains/development/executions?sort=created_at#list';
    const { authorizeUrl } = await startAt(deep);
    cleanup();
    window.history.replaceState(null, '', pathOf(mocks.authorizeRedirect(authorizeUrl)));
    const start = await startAuth(config());
    started.push(start);
    // Nothing is rendered yet: the token request is boot's own.
    await waitFor(() => expect(mocks.tokenRequests('authorization_code')).toBe(1));
    configureAdminClient({ baseUrl: ADMIN, auth: start.bridge });
    render(<App queryClient={createQueryClient()} AuthShell={authShellFor(start, config())} />);
    await waitFor(() =>
      expect(window.location.pathname + window.location.search + window.location.hash).toBe(deep),
    );
    expect(mocks.tokenRequests('authorization_code')).toBe(1);
  });
});
