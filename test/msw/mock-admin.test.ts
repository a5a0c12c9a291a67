import { describe, expect, it } from 'vitest';
import { signJwt } from './crypto-keys.ts';
import { pkcePair, postForm } from './msw-test-helpers.ts';
import type { Json } from './msw-test-helpers.ts';
import { setupMsw } from './setup-msw.ts';

const { mocks } = setupMsw({ mocks: { admin: { storeOptions: { seed: 1, bigProjectExecutions: 50 } } } });
const { admin } = mocks;
const ADMIN = admin.origin;
const LIST = `${ADMIN}/api/v1/executions/flytesnacks/development?limit=5`;
const REDIRECT = 'https://console.test/console/callback';

const withToken = (token: string, header = 'flyte-authorization') => ({
  headers: { [header]: `Bearer ${token}`, Accept: 'application/json' },
});

describe('REST authentication', () => {
  it('answers 401 code 16 with WWW-Authenticate when no token is sent', async () => {
    const res = await fetch(LIST);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await res.json()).toMatchObject({ code: 16, details: [] });
  });

  it('accepts a valid token in flyte-authorization or Authorization', async () => {
    const token = await admin.mintAccessToken();
    const a = await fetch(LIST, withToken(token));
    expect(a.status).toBe(200);
    expect(((await a.json()) as Json).executions).toHaveLength(5);
    expect((await fetch(LIST, withToken(token, 'Authorization'))).status).toBe(200);
    expect(admin.controls.counters.apiRequests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('rejects tokens that are foreign-signed, expired, for another audience or without scope all', async () => {
    const iat = Math.floor(Date.now() / 1000);
    const foreign = await signJwt('foreign', {
      iss: ADMIN,
      aud: [ADMIN],
      sub: 'x',
      iat,
      exp: iat + 60,
      scp: ['all'],
    });
    const expired = await admin.mintAccessToken({ expiresInSeconds: -30 });
    const otherAudience = await admin.mintAccessToken({ audience: ['https://elsewhere.test'] });
    const noScope = await admin.mintAccessToken({ scopes: ['offline'] });
    for (const token of [foreign, expired, otherAudience, noScope, 'not-a-jwt']) {
      const res = await fetch(LIST, withToken(token));
      expect(res.status).toBe(401);
      expect(((await res.json()) as Json).code).toBe(16);
    }
    const scopeRes = await fetch(LIST, withToken(noScope));
    expect(((await scopeRes.json()) as Json).message).toMatch(/required scope/);
  });

  it('serves /me from the token claims', async () => {
    const token = await admin.mintAccessToken({
      user: { sub: 'grace', name: 'Grace Hopper', email: 'grace@example.com' },
    });
    const me = (await (await fetch(`${ADMIN}/me`, withToken(token))).json()) as Json;
    expect(me).toMatchObject({ subject: 'grace', name: 'Grace Hopper', email: 'grace@example.com' });
    expect(me.additional_claims.scp).toEqual(['all', 'offline']);
  });

  it('applies injected faults: 401 for the next call, 403 on a path, network error', async () => {
    const token = await admin.mintAccessToken();
    admin.controls.faults.unauthorizedDataCalls = 1;
    expect((await fetch(LIST, withToken(token))).status).toBe(401);
    expect((await fetch(LIST, withToken(token))).status).toBe(200);
    admin.controls.faults.forbiddenPaths = ['/api/v1/executions/'];
    const forbidden = await fetch(LIST, withToken(token));
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as Json).code).toBe(7);
    admin.controls.faults.networkErrors = 1;
    await expect(fetch(`${ADMIN}/api/v1/domains`, withToken(token))).rejects.toThrow();
  });

  it('terminates through DELETE with the token subject as principal', async () => {
    const token = await admin.mintAccessToken({ user: { sub: 'grace' } });
    const running = (
      (await (await fetch(`${LIST}&filters=eq(phase,RUNNING)`, withToken(token))).json()) as Json
    ).executions[0];
    const url = `${ADMIN}/api/v1/executions/flytesnacks/development/${running.id.name}`;
    const del = await fetch(url, {
      method: 'DELETE',
      headers: { 'flyte-authorization': `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ cause: 'stop' }),
    });
    expect(del.status).toBe(200);
    const after = (await (await fetch(url, withToken(token))).json()) as Json;
    expect(after.closure.abort_metadata).toEqual({ cause: 'stop', principal: 'grace' });
  });
});

describe('discovery', () => {
  it('encodes snake_case only for the exact Accept: application/json', async () => {
    const snake = (await (
      await fetch(`${ADMIN}/.well-known/oauth-authorization-server`, {
        headers: { Accept: 'application/json' },
      })
    ).json()) as Json;
    expect(snake).toMatchObject({
      issuer: ADMIN,
      token_endpoint: `${ADMIN}/oauth2/token`,
      code_challenge_methods_supported: ['S256'],
      device_authorization_endpoint: '',
    });
    const camel = (await (
      await fetch(`${ADMIN}/.well-known/oauth-authorization-server`, {
        headers: { Accept: 'application/jwk-set+json, application/json' },
      })
    ).json()) as Json;
    expect(camel.authorization_endpoint).toBeUndefined();
    expect(camel.authorizationEndpoint).toBe(`${ADMIN}/oauth2/authorize`);
    const client = (await (
      await fetch(`${ADMIN}/config/v1/flyte_client`, { headers: { Accept: 'application/json' } })
    ).json()) as Json;
    expect(client).toEqual({
      client_id: 'flytectl',
      redirect_uri: 'http://localhost:53593/callback',
      scopes: ['all', 'offline'],
      authorization_metadata_key: 'flyte-authorization',
      service_http_endpoint: '',
      audience: '',
    });
  });
});

describe('internal authorization server', () => {
  it('exchanges a code with PKCE and never returns an id_token', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = admin.issueCode({
      codeChallenge: challenge,
      redirectUri: REDIRECT,
      clientId: 'flyteconsole',
      scope: 'all offline',
    });
    const res = await postForm(`${ADMIN}/oauth2/token`, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: 'flyteconsole',
      code_verifier: verifier,
    });
    const body = (await res.json()) as Json;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 1800, scope: 'all offline' });
    expect(body.id_token).toBeUndefined();
    expect((await fetch(LIST, withToken(body.access_token))).status).toBe(200);
    // codes are single use
    const replay = await postForm(`${ADMIN}/oauth2/token`, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: 'flyteconsole',
      code_verifier: verifier,
    });
    expect(((await replay.json()) as Json).error).toBe('invalid_grant');
  });

  it('rejects a wrong PKCE verifier or redirect_uri', async () => {
    const { challenge } = await pkcePair();
    const other = await pkcePair();
    const code = admin.issueCode({
      codeChallenge: challenge,
      redirectUri: REDIRECT,
      clientId: 'flyteconsole',
      scope: 'all',
    });
    const res = await postForm(`${ADMIN}/oauth2/token`, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: 'flyteconsole',
      code_verifier: other.verifier,
    });
    expect(res.status).toBe(400);
    expect((await res.json()) as Json).toMatchObject({
      error: 'invalid_grant',
      error_description: 'PKCE verification failed',
    });
    const code2 = admin.issueCode({
      codeChallenge: other.challenge,
      redirectUri: REDIRECT,
      clientId: 'flyteconsole',
      scope: 'all',
    });
    const res2 = await postForm(`${ADMIN}/oauth2/token`, {
      grant_type: 'authorization_code',
      code: code2,
      redirect_uri: `${REDIRECT}x`,
      client_id: 'flyteconsole',
      code_verifier: other.verifier,
    });
    expect(((await res2.json()) as Json).error).toBe('invalid_grant');
    expect(admin.controls.counters.tokenRequests.authorization_code).toBe(2);
  });

  it('rotates refresh tokens and rejects a used one', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = admin.issueCode({
      codeChallenge: challenge,
      redirectUri: REDIRECT,
      clientId: 'flyteconsole',
      scope: 'all offline',
    });
    const first = (await (
      await postForm(`${ADMIN}/oauth2/token`, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        client_id: 'flyteconsole',
        code_verifier: verifier,
      })
    ).json()) as Json;
    const refresh = (token: string) =>
      postForm(`${ADMIN}/oauth2/token`, {
        grant_type: 'refresh_token',
        refresh_token: token,
        client_id: 'flyteconsole',
      });
    const second = (await (await refresh(first.refresh_token)).json()) as Json;
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const reuse = await refresh(first.refresh_token);
    expect(reuse.status).toBe(400);
    expect(((await reuse.json()) as Json).error).toBe('invalid_grant');
    expect((await refresh(second.refresh_token)).status).toBe(200);
    expect(admin.controls.counters.tokenRequests.refresh_token).toBe(3);
  });

  it('fails token requests on demand', async () => {
    admin.controls.failTokenRequests('server_error');
    const res = await postForm(`${ADMIN}/oauth2/token`, {
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_id: 'flyteconsole',
    });
    expect(res.status).toBe(500);
    expect(((await res.json()) as Json).error).toBe('server_error');
    const next = await postForm(`${ADMIN}/oauth2/token`, {
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_id: 'flyteconsole',
    });
    expect(((await next.json()) as Json).error_description).toMatch(/invalid/);
  });
});
