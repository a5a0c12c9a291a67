import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { internalServerMetadata } from '../../../test/fixtures/auth-discovery.ts';
import {
  ADMIN,
  corsBlocked,
  externalTarget,
  IDP,
  proxied,
  target,
  unreachable,
  diagnosticsMsw,
} from '../../../test/unit/auth/diagnostics-kit';
import { probeTokenCors } from './probe-token-cors';

const { server } = diagnosticsMsw();
const internalMeta = { ...internalServerMetadata(ADMIN) };
const TOKEN = `${ADMIN}/oauth2/token`;

describe('probeTokenCors', () => {
  it('an invalid code answered with 400 invalid_grant proves CORS (internal server)', async () => {
    const result = await probeTokenCors(target(), internalMeta, fetch);
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(
      /got HTTP 400 invalid_grant, readable from https:\/\/console\.test\. CORS works\./,
    );
  });

  it('the same against the external IdP, with the exact form of a code exchange', async () => {
    const forms: URLSearchParams[] = [];
    const idpToken = String(proxied.idp.discovery.token_endpoint);
    server.use(
      http.post(idpToken, async ({ request }) => {
        forms.push(new URLSearchParams(await request.text()));
        return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
      }),
    );
    const result = await probeTokenCors(externalTarget(), { issuer: IDP, token_endpoint: idpToken }, fetch);
    expect(result.status).toBe('pass');
    expect(forms[0]?.get('grant_type')).toBe('authorization_code');
    expect(forms[0]?.get('client_id')).toBe('flyteconsole');
    expect(forms[0]?.get('code_verifier')?.length).toBeGreaterThanOrEqual(43);
  });

  it('a TypeError with an answer behind it: CORS blocked, fix names where to allow the origin', async () => {
    server.use(corsBlocked(TOKEN));
    const result = await probeTokenCors(target(), internalMeta, fetch);
    expect(result.status).toBe('failure');
    expect(result.summary).toMatch(/without CORS headers .* Sign-in cannot exchange its code/);
    expect(result.fix).toBe("Allow https://console.test in flyteadmin's CORS allowedOrigins.");
    const idpToken = `${IDP}/protocol/openid-connect/token`;
    server.use(corsBlocked(idpToken));
    const idp = await probeTokenCors(externalTarget(), { issuer: IDP, token_endpoint: idpToken }, fetch);
    expect(idp.fix).toMatch(/^Allow https:\/\/console\.test in the IdP \(Keycloak Web origins/);
  });

  it('no answer at all: unreachable, and a hint at connect-src', async () => {
    server.use(unreachable(TOKEN));
    const result = await probeTokenCors(target(), internalMeta, fetch);
    expect(result.fix).toMatch(/reachable from this browser .*connect-src/);
  });

  it('invalid_client: CORS works but the client is not registered', async () => {
    server.use(http.post(TOKEN, () => HttpResponse.json({ error: 'invalid_client' }, { status: 401 })));
    const result = await probeTokenCors(target(), internalMeta, fetch);
    expect(result.status).toBe('failure');
    expect(result.fix).toMatch(/^Register "flyteconsole" at the server as a public client/);
  });

  it('a 5xx is a warning', async () => {
    server.use(http.post(TOKEN, () => new HttpResponse('boom', { status: 502 })));
    expect((await probeTokenCors(target(), internalMeta, fetch)).status).toBe('warning');
  });
});
