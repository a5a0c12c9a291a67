import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  CONSOLE,
  corsBlocked,
  internal,
  session,
  target,
  unreachable,
  diagnosticsMsw,
} from '../../../test/unit/auth/diagnostics-kit';
import { probeAdminCors } from './probe-admin-cors';
import { probeAdminToken } from './probe-admin-token';

const { server } = diagnosticsMsw();
const PROJECTS = `${ADMIN}/api/v1/projects`;

describe('probeAdminToken', () => {
  it('passes when the admin accepts the token, sent in the configured header', async () => {
    const headers: (string | null)[] = [];
    server.events.on(
      'request:start',
      ({ request }) => void headers.push(request.headers.get('flyte-authorization')),
    );
    const token = await internal.admin.mintAccessToken();
    const result = await probeAdminToken(target(), session(token), false, fetch);
    server.events.removeAllListeners();
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/api\/v1\/projects\?limit=1 answered HTTP 200\. The admin accepts/);
    expect(headers).toContain(`Bearer ${token}`);
  });

  it('sends the token only to the admin and header of the session, never to a re-read config.json', async () => {
    const seen: { url: string; header: string | null; other: string | null }[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push({
        url: request.url,
        header: request.headers.get('flyte-authorization'),
        other: request.headers.get('x-token'),
      });
    });
    const token = await internal.admin.mintAccessToken();
    // config.json was edited after sign-in: another admin host and another header name.
    const edited = target({ adminUrl: 'https://elsewhere.test', headerName: 'x-token' });
    const result = await probeAdminToken(edited, session(token), false, fetch);
    server.events.removeAllListeners();
    expect(result.status).toBe('pass');
    expect(seen.map((r) => new URL(r.url).origin)).toEqual([ADMIN]);
    expect(seen[0]?.header).toBe(`Bearer ${token}`);
    expect(seen.some((r) => r.other !== null)).toBe(false);
  });

  it('401 for the audience: explains allowedAudience, with the claims that matter (never the token)', async () => {
    const token = await internal.admin.mintAccessToken({ audience: 'api://default' });
    const result = await probeAdminToken(target(), session(token), false, fetch);
    expect(result.status).toBe('failure');
    expect(result.summary).toMatch(
      /HTTP 401: "invalid audience api:\/\/default"\. The admin refused the token\./,
    );
    expect(result.summary).toContain('The token has aud: api://default; scp: all, offline;');
    expect(result.summary).not.toContain(token);
    expect(result.fix).toMatch(/allowedAudience/);
  });

  it('401 for the scope: explains scope "all"', async () => {
    const token = await internal.admin.mintAccessToken({ scopes: ['offline'] });
    const result = await probeAdminToken(target(), session(token), false, fetch);
    expect(result.fix).toMatch(/scope "all" in the token's scp claim/);
  });

  it('401 otherwise: audience, scope and issuer in one sentence', async () => {
    const result = await probeAdminToken(target(), session('opaque-token'), false, fetch);
    expect(result.summary).toMatch(/The token is not a JWT/);
    expect(result.fix).toMatch(/allowedAudience.*"all".*externalAuthServer\.baseUrl/);
  });

  it('403: a permission problem, not a sign-in problem', async () => {
    server.use(
      http.get(PROJECTS, () => HttpResponse.json({ code: 7, message: 'permission denied' }, { status: 403 })),
    );
    const result = await probeAdminToken(target(), session('t'), false, fetch);
    expect(result.summary).toMatch(/not allowed/);
    expect(result.fix).toMatch(/authorization policy; sign-in itself works/);
  });

  it('skipped without a session; anonymous when auth is off (401 then means: set auth.mode)', async () => {
    expect((await probeAdminToken(target(), null, false, fetch)).status).toBe('skipped');
    expect((await probeAdminToken(target(), session(null), false, fetch)).status).toBe('skipped');
    const result = await probeAdminToken(target(), null, true, fetch);
    expect(result).toMatchObject({ status: 'failure', fix: 'Set auth.mode to "auto" in config.json.' });
    server.use(http.get(PROJECTS, () => HttpResponse.json({ projects: [] })));
    expect((await probeAdminToken(target(), null, true, fetch)).summary).toMatch(/needs no sign-in/);
  });

  it('no answer: points at the CORS check', async () => {
    server.use(unreachable(PROJECTS));
    const result = await probeAdminToken(target(), session('t'), false, fetch);
    expect(result.fix).toMatch(/Admin CORS for the token header/);
  });
});

describe('probeAdminCors', () => {
  it('passes when a request with the header gets an HTTP answer (even 401 for the dummy token)', async () => {
    const result = await probeAdminCors(target(), false, fetch);
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(
      /carrying the "flyte-authorization" header passed the preflight \(HTTP 401\)/,
    );
  });

  it('same origin: nothing to check', async () => {
    const result = await probeAdminCors(target({ adminUrl: CONSOLE }), false, fetch);
    expect(result.summary).toMatch(/no CORS involved/);
  });

  it('origin refused: allowedOrigins', async () => {
    server.use(corsBlocked(PROJECTS));
    const result = await probeAdminCors(target(), false, fetch);
    expect(result.fix).toBe(
      "Add https://console.test to flyteadmin's allowedOrigins (server.security.allowedOrigins).",
    );
  });

  it('header refused by the preflight: allowedHeaders must include it', async () => {
    server.use(
      http.get(PROJECTS, ({ request }) =>
        request.headers.has('authorization')
          ? HttpResponse.error()
          : HttpResponse.json({ code: 16 }, { status: 401 }),
      ),
    );
    const result = await probeAdminCors(target({ headerName: 'Authorization' }), false, fetch);
    expect(result.status).toBe('failure');
    expect(result.summary).toMatch(/carrying the "Authorization" header was refused/);
    expect(result.fix).toMatch(
      /^Add "Authorization" to flyteadmin's allowedHeaders .*remove auth\.authorizationHeader/,
    );
  });

  it('unreachable admin: adminUrl; auth off: skipped', async () => {
    server.use(unreachable(PROJECTS));
    expect((await probeAdminCors(target(), false, fetch)).fix).toMatch(/^Check adminUrl in config\.json/);
    expect((await probeAdminCors(target(), true, fetch)).status).toBe('skipped');
  });
});
