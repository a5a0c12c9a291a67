import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../app/app';
import { createQueryClient } from '../../app/query-client';
import { validateConfig } from '../../config/validate-config';
import { startAuth } from '../start-auth';
import { IDP, diagnosticsMsw } from '../../../test/unit/auth/diagnostics-kit';

/**
 * Sign-in itself is broken (an external issuer with a wrong realm): the error page links to the auth panel, and
 * /console/settings/auth renders it through the real boot path, without a session, checking at once.
 */
const { server } = diagnosticsMsw();
const WRONG = IDP.replace('/flyte', '/wrong');
const raw = { adminUrl: 'https://admin.test', auth: { mode: 'external', issuer: WRONG } };

async function bootAt(path: string) {
  server.use(
    http.get(`${WRONG}/*`, () => HttpResponse.json({ error: 'Realm does not exist' }, { status: 404 })),
    http.get('*/config.json', () => HttpResponse.json(raw)),
  );
  const validated = validateConfig(raw);
  if (!validated.ok) throw new Error('bad config');
  window.history.replaceState(null, '', path);
  const start = await startAuth(validated.config);
  expect(start.resolution.kind).toBe('error');
  render(<App queryClient={createQueryClient()} AuthShell={start.AuthShell} />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('auth panel without a session', () => {
  it('the discovery error page links to the panel', async () => {
    await bootAt('/console/projects/p/domains/d/workflows');
    expect(screen.getByRole('heading', { name: 'The console cannot set up sign-in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check configuration' })).toHaveAttribute(
      'href',
      '/console/settings/auth',
    );
  });

  it('/console/settings/auth shows the configuration and runs the checks that need no session', async () => {
    await bootAt('/console/settings/auth');
    expect(await screen.findByRole('heading', { name: 'Authentication settings' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/answered HTTP 404/);
    expect(screen.getByText(`${WRONG}/.well-known/openid-configuration`)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Check results' });
    const discovery = within(list).getByRole('listitem', { name: 'Discovery document' });
    expect(discovery).toHaveTextContent(/^Failure Discovery document/);
    expect(discovery).toHaveTextContent(/Fix: Nothing at this path: use the exact issuer path/);
    for (const name of ['Refresh token', 'Admin accepts the token']) {
      expect(within(list).getByRole('listitem', { name })).toHaveTextContent('Skipped: not signed in.');
    }
    expect(screen.getByRole('button', { name: 'Copy Sign-in redirect URI' })).toBeInTheDocument();
    expect(screen.getByLabelText('flytectl configuration')).toHaveTextContent('authType: Pkce');
    expect(screen.queryByRole('link', { name: 'Flyte Console' })).toBeNull(); // no layout, no data requests
  });
});
