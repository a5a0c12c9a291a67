import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { User, UserManager } from 'oidc-client-ts';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureAdminClient } from '../api/admin-client-instance';
import { createAdminFetch } from '../api/admin-client';
import { describeApiError } from '../api/api-error';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import { validateConfig } from '../config/validate-config';
import { startAuth, type AuthStart } from './start-auth';
import { ADMIN, createMockAuth } from './testing/mock-auth';
import { userManagerSettings } from './user-manager';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const started: AuthStart[] = [];
afterEach(() => {
  server.resetHandlers();
  for (const s of started.splice(0)) s.services?.dispose();
});
afterAll(() => server.close());

function config(auth: Record<string, unknown> = {}) {
  const result = validateConfig({ adminUrl: ADMIN, auth });
  if (!result.ok) throw new Error('bad config');
  return result.config;
}

async function boot(auth: Record<string, unknown> = {}) {
  const start = await startAuth(config(auth));
  started.push(start);
  configureAdminClient({ baseUrl: ADMIN, auth: start.bridge });
  render(<App queryClient={createQueryClient()} AuthShell={start.AuthShell} />);
  return start;
}

async function seedUser(expiresIn: number) {
  const start = await startAuth(config());
  started.push(start);
  if (start.resolution.kind !== 'oauth') throw new Error('expected oauth');
  const um = new UserManager(userManagerSettings(start.resolution));
  await um.storeUser(
    new User({
      access_token: 'at-seeded',
      token_type: 'bearer',
      refresh_token: 'rt-seeded',
      scope: 'all offline',
      profile: {} as never,
      expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    }),
  );
  start.services?.dispose();
}

describe('startAuth', () => {
  it('shows the discovery error page (URL, status, likely cause, Retry) instead of the console', async () => {
    server.use(
      http.get(`${ADMIN}/.well-known/oauth-authorization-server`, () => HttpResponse.error()),
      http.get(`${ADMIN}/config/v1/flyte_client`, () => HttpResponse.error()),
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
    server.use(...createMockAuth({ authOff: true }).handlers);
    const start = await startAuth(config());
    expect(start.bridge).toBeNull();
    expect(start.resolution.kind).toBe('none');
    server.use(http.get(`${ADMIN}/api/v1/projects`, () => HttpResponse.json({ code: 16 }, { status: 401 })));
    const error = await createAdminFetch({ baseUrl: ADMIN, auth: start.bridge })('/api/v1/projects').catch(
      (e: unknown) => e,
    );
    expect(describeApiError(error)).toMatch(/requires sign-in.*Set auth\.mode/);
  });

  it('the real router puts every protected route behind the gate: deep link -> redirect with the exact URL', async () => {
    const m = createMockAuth();
    server.use(...m.handlers);
    const signin = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    window.history.replaceState(null, '', '/console/settings/auth?tab=x#top');
    await boot();
    await waitFor(() => expect(signin).toHaveBeenCalledTimes(1));
    expect(signin.mock.calls[0]?.[0]?.state).toEqual({ returnTo: '/console/settings/auth?tab=x#top' });
    expect(screen.queryByRole('link', { name: 'Flyte Console' })).toBeNull();
    expect(m.counters.me + m.counters.data).toBe(0);
  });

  it('leaves for sign-in during boot, before any view renders or its code loads', async () => {
    server.use(...createMockAuth().handlers);
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
    server.use(...createMockAuth().handlers);
    const signin = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    window.history.replaceState(null, '', '/console/callback?code=c&state=s');
    started.push(await startAuth(config()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(signin).not.toHaveBeenCalled();
  });

  it('renews an expired stored session before rendering, and the settings page shows the session without tokens', async () => {
    const m = createMockAuth();
    server.use(...m.handlers);
    await seedUser(-10);
    // The mock does not know "rt-seeded": use a fault answer for the one refresh request.
    m.faults.token.push({
      status: 200,
      body: {
        access_token: 'at-renewed',
        token_type: 'bearer',
        expires_in: 1800,
        refresh_token: 'rt-2',
        scope: 'all offline',
      },
    });
    m.trust('at-renewed');
    window.history.replaceState(null, '', '/console/settings/auth');
    await boot();
    expect(m.counters.token).toBe(1);
    expect(await screen.findByRole('heading', { name: 'Authentication settings' })).toBeInTheDocument();
    expect(screen.getByText('all offline')).toBeInTheDocument();
    expect(screen.getByText('flyte-authorization')).toBeInTheDocument();
    expect(screen.getByText('yes')).toBeInTheDocument(); // refresh token held
    expect(screen.getByText(`${window.location.origin}/console/callback`)).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/console/silent-callback.html`)).toBeInTheDocument();
    expect(screen.getByLabelText('flytectl configuration')).toHaveTextContent('authType: Pkce');
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/at-renewed|rt-2/);
  });
});
