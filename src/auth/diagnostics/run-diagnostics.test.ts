import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../config/validate-config';
import {
  ADMIN,
  CONSOLE,
  IDP,
  internal,
  session,
  diagnosticsMsw,
  proxied,
} from '../../../test/unit/auth/diagnostics-kit';
import type { ProbeResult } from './probe-types';
import { runDiagnostics } from './run-diagnostics';

const mock = diagnosticsMsw();

function config(auth: Record<string, unknown> = {}) {
  const result = validateConfig({ adminUrl: ADMIN, auth });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const byId = (results: ProbeResult[]) => Object.fromEntries(results.map((r) => [r.id, r.status]));

describe('runDiagnostics', () => {
  it('internal server, signed in: every probe runs in order; only end-session warns', async () => {
    const token = await internal.admin.mintAccessToken();
    const results = await runDiagnostics({ config: config(), origin: CONSOLE, session: session(token) });
    expect(results.map((r) => r.id)).toEqual([
      'discovery',
      'issuer',
      'pkce',
      'token-cors',
      'end-session',
      'refresh-token',
      'admin-token',
      'admin-cors',
      'redirect-uri',
    ]);
    expect(byId(results)).toEqual({
      discovery: 'pass',
      issuer: 'pass',
      pkce: 'pass',
      'token-cors': 'pass',
      'end-session': 'warning',
      'refresh-token': 'pass',
      'admin-token': 'pass',
      'admin-cors': 'pass',
      'redirect-uri': 'pass',
    });
  });

  it('flyteadmin passing on an external IdP: end-session is found at the IdP', async () => {
    mock.only(...proxied.handlers);
    const results = await runDiagnostics({ config: config(), origin: CONSOLE, session: null });
    expect(byId(results)).toMatchObject({ discovery: 'pass', issuer: 'pass', 'end-session': 'pass' });
  });

  it('without a session the signed-in probes are skipped, the others still run', async () => {
    const results = await runDiagnostics({
      config: config({ mode: 'external', issuer: IDP }),
      origin: CONSOLE,
      session: null,
    });
    expect(byId(results)).toEqual({
      discovery: 'pass',
      issuer: 'pass',
      pkce: 'pass',
      'token-cors': 'pass',
      'end-session': 'pass',
      'refresh-token': 'skipped',
      'admin-token': 'skipped',
      'admin-cors': 'pass',
      'redirect-uri': 'pass',
    });
    expect(results.find((r) => r.id === 'admin-token')?.summary).toBe('Skipped: not signed in.');
  });

  it('a wrong realm: discovery fails and names the fix; the probes that need the document are skipped', async () => {
    const wrong = IDP.replace('/flyte', '/wrong');
    mock.server.use(
      http.get(`${wrong}/*`, () => HttpResponse.json({ error: 'Realm does not exist' }, { status: 404 })),
    );
    const results = await runDiagnostics({
      config: config({ mode: 'external', issuer: wrong }),
      origin: CONSOLE,
      session: null,
    });
    expect(results[0]).toMatchObject({ id: 'discovery', status: 'failure' });
    expect(results[0]?.fix).toMatch(/exact issuer path/);
    expect(byId(results)).toMatchObject({
      issuer: 'skipped',
      pkce: 'skipped',
      'token-cors': 'skipped',
      'end-session': 'skipped',
    });
  });

  it('auth off at the admin (auto): the console runs without sign-in; the anonymous data call is checked', async () => {
    mock.server.use(
      http.get(`${ADMIN}/.well-known/oauth-authorization-server`, () =>
        HttpResponse.json({}, { status: 501 }),
      ),
      http.get(`${ADMIN}/config/v1/flyte_client`, () => HttpResponse.json({}, { status: 501 })),
      http.get(`${ADMIN}/api/v1/projects`, () => HttpResponse.json({ projects: [] })),
    );
    const results = await runDiagnostics({ config: config(), origin: CONSOLE, session: null });
    expect(byId(results)).toMatchObject({
      discovery: 'pass',
      issuer: 'skipped',
      'admin-token': 'pass',
      'admin-cors': 'skipped',
    });
  });

  it('a probe that throws is reported as its own failure', async () => {
    const broken = session('t', { accessToken: () => Promise.reject(new Error('storage gone')) });
    const results = await runDiagnostics({ config: config(), origin: CONSOLE, session: broken });
    expect(results.find((r) => r.id === 'admin-token')).toMatchObject({
      status: 'failure',
      summary: 'The check itself failed: storage gone',
    });
  });
});
