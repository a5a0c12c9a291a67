import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from './index.ts';
import { authorize, createPkce, request, signIn, tokenRequest, CookieJar } from './oauth-test-client.ts';
import { CONSOLE_CALLBACK, CONSOLE_ORIGIN, SNAKE, bearer, claims, http, start } from './test-helpers.ts';

describe('internal authorization server (flyteadmin Self)', () => {
  let sb: Sandbox;
  let authz: string;
  let token: string;
  const flow = (extra: Partial<Parameters<typeof authorize>[0]> = {}) => ({
    authorizationEndpoint: authz,
    tokenEndpoint: token,
    clientId: 'flyteconsole',
    redirectUri: CONSOLE_CALLBACK,
    scope: 'all offline',
    origin: CONSOLE_ORIGIN,
    ...extra,
  });

  before(async () => {
    sb = await start('internal');
    authz = `${sb.adminUrl}/oauth2/authorize`;
    token = `${sb.adminUrl}/oauth2/token`;
  });
  after(() => sb.close());

  it('serves flyteadmin metadata: exact field set, snake_case only for exact Accept', async () => {
    const snake = await http(`${sb.adminUrl}/.well-known/oauth-authorization-server`, { headers: SNAKE });
    assert.equal(snake.status, 200);
    assert.deepEqual(snake.json, {
      issuer: sb.adminUrl,
      authorization_endpoint: authz,
      token_endpoint: token,
      response_types_supported: ['code', 'token', 'code token'],
      scopes_supported: ['all'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
      jwks_uri: `${sb.adminUrl}/oauth2/jwks`,
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['client_credentials', 'refresh_token', 'authorization_code'],
      device_authorization_endpoint: '',
    });
    const camel = await http(`${sb.adminUrl}/.well-known/oauth-authorization-server`, {
      headers: { Accept: 'application/jwk-set+json, application/json' },
    });
    assert.equal(camel.json.authorizationEndpoint, authz);
    assert.equal(camel.json.authorization_endpoint, undefined);
    assert.equal(camel.json.endSessionEndpoint, undefined);
  });

  it('serves /config/v1/flyte_client defaults and redirects openid-configuration to the login IdP', async () => {
    const cfg = await http(`${sb.adminUrl}/config/v1/flyte_client`, { headers: SNAKE });
    assert.deepEqual(cfg.json, {
      client_id: 'flytectl',
      redirect_uri: 'http://localhost:53593/callback',
      scopes: ['all', 'offline'],
      authorization_metadata_key: 'flyte-authorization',
      service_http_endpoint: '',
      audience: '',
    });
    const camel = await http(`${sb.adminUrl}/config/v1/flyte_client`);
    assert.equal(camel.json.authorizationMetadataKey, 'flyte-authorization');
    const oidc = await http(`${sb.adminUrl}/.well-known/openid-configuration`);
    assert.equal(oidc.status, 303);
    assert.equal(oidc.headers.get('location'), `${sb.idpIssuer}/.well-known/openid-configuration`);
  });

  it('runs authorization code + PKCE, then refresh with rotation', async () => {
    const { tokens, auth } = await signIn(flow());
    assert.equal(auth.signInPages, 1);
    assert.equal(auth.callback.searchParams.get('state'), auth.state);
    assert.equal(auth.callback.searchParams.get('iss'), null, 'flyteadmin sends no RFC 9207 iss');
    assert.equal(tokens.token_type, 'bearer');
    assert.equal(tokens.id_token, undefined, 'the internal server is not OIDC');
    assert.equal(tokens.scope, 'all offline');
    assert.equal(tokens.expires_in, 1800);
    assert.equal(typeof tokens.refresh_token, 'string');

    const at = claims(tokens.access_token);
    assert.equal(at.iss, sb.adminUrl);
    assert.deepEqual(at.aud, [sb.adminUrl]);
    assert.deepEqual(at.scp, ['all', 'offline']);
    assert.equal(at.client_id, 'flyteconsole');
    assert.equal(at.sub, 'ada');
    assert.equal(at.scope, undefined);
    assert.deepEqual(Object.keys(at.user_info as object).sort(), [
      'email',
      'family_name',
      'given_name',
      'name',
      'picture',
      'preferred_username',
    ]);
    assert.equal((at.user_info as Record<string, string>).name, 'Ada Lovelace');

    const me = await http(`${sb.adminUrl}/me`, { headers: bearer(String(tokens.access_token)) });
    assert.equal(me.status, 200);
    assert.equal(me.json.subject, 'ada');
    assert.equal(me.json.name, 'Ada Lovelace');
    assert.equal(me.json.email, 'ada@example.com');
    assert.equal((me.json.additional_claims as Record<string, unknown>).client_id, 'flyteconsole');

    const refreshed = await tokenRequest(
      token,
      { grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token), client_id: 'flyteconsole' },
      { Origin: CONSOLE_ORIGIN },
    );
    assert.equal(refreshed.status, 200);
    assert.equal(refreshed.headers.get('access-control-allow-origin'), CONSOLE_ORIGIN);
    assert.notEqual(refreshed.body.refresh_token, tokens.refresh_token);
    assert.notEqual(refreshed.body.access_token, tokens.access_token);
    assert.deepEqual(claims(refreshed.body.access_token).scp, ['all', 'offline']);

    const replay = await tokenRequest(token, {
      grant_type: 'refresh_token',
      refresh_token: String(tokens.refresh_token),
      client_id: 'flyteconsole',
    });
    assert.equal(replay.status, 400);
    assert.equal(replay.body.error, 'invalid_grant');
  });

  it('reuses the sign-in session for a second authorization (no sign-in page)', async () => {
    const jar = new CookieJar();
    await signIn(flow({ jar }));
    const second = await authorize(flow({ jar }));
    assert.equal(second.signInPages, 0);
    assert.ok(second.code);
  });

  it('/logout deletes the login cookies and answers 307 to redirect_url, so the next sign-in asks again', async () => {
    const jar = new CookieJar();
    await signIn(flow({ jar }));
    const signedOut = `${CONSOLE_ORIGIN}/console/signed-out`;
    const logout = await request(jar, `${sb.adminUrl}/logout?redirect_url=${encodeURIComponent(signedOut)}`);
    assert.equal(logout.status, 307);
    assert.equal(logout.headers.get('location'), signedOut);
    assert.ok(logout.headers.getSetCookie().some((c) => c.startsWith('_flyteadmin_session=;')));
    const again = await authorize(flow({ jar }));
    assert.equal(again.signInPages, 1, 'the sign-in page is shown again');
    const bare = await request(new CookieJar(), `${sb.adminUrl}/logout`);
    assert.equal(bare.status, 200);
  });

  it('issues no refresh token without scope offline', async () => {
    const { tokens } = await signIn(flow({ scope: 'all', user: 'grace' }));
    assert.equal(tokens.refresh_token, undefined);
    assert.equal(claims(tokens.access_token).sub, 'grace');
  });

  it('applies the access-token TTL switch to new tokens', async () => {
    sb.controls.setAccessTokenTtl(42);
    try {
      const { tokens } = await signIn(flow());
      assert.equal(tokens.expires_in, 42);
      const at = claims(tokens.access_token);
      assert.equal(Number(at.exp) - Number(at.iat), 42);
    } finally {
      sb.controls.setAccessTokenTtl(1800);
    }
  });

  it('enforces flyteadmin authorize rules: state >= 8 chars, scopes all/offline, PKCE S256, GET, exact redirect', async () => {
    const short = await authorize(flow({ state: 'abc' }));
    assert.equal(short.callback.searchParams.get('error'), 'invalid_state');
    const openid = await authorize(flow({ scope: 'openid all offline' }));
    assert.equal(openid.callback.searchParams.get('error'), 'invalid_scope');
    const noPkce = await authorize(flow({ pkce: null }));
    assert.equal(noPkce.callback.searchParams.get('error'), 'invalid_request');
    const plain = await authorize(
      flow({
        pkce: null,
        extraParams: { code_challenge: createPkce().verifier, code_challenge_method: 'plain' },
      }),
    );
    assert.equal(plain.callback.searchParams.get('error'), 'invalid_request');

    const post = await fetch(authz, { method: 'POST', redirect: 'manual' });
    assert.equal(post.status, 405);

    const wrongRedirect = new URL(authz);
    wrongRedirect.search = new URLSearchParams({
      response_type: 'code',
      client_id: 'flyteconsole',
      redirect_uri: `${CONSOLE_CALLBACK}/`,
      scope: 'all',
      state: 'abcdefghij',
      code_challenge: createPkce().challenge,
      code_challenge_method: 'S256',
    }).toString();
    const res = await request(new CookieJar(), wrongRedirect);
    assert.equal(res.status, 400, 'an unregistered redirect_uri is never redirected to');
  });

  it('rejects a code exchanged with the wrong verifier, and a replayed code', async () => {
    const auth = await authorize(flow());
    const params = {
      grant_type: 'authorization_code',
      code: String(auth.code),
      redirect_uri: CONSOLE_CALLBACK,
      client_id: 'flyteconsole',
    };
    const bad = await tokenRequest(token, { ...params, code_verifier: createPkce().verifier });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'invalid_grant');
    const auth2 = await authorize(flow());
    const ok = await tokenRequest(token, {
      ...params,
      code: String(auth2.code),
      code_verifier: auth2.pkce?.verifier ?? '',
    });
    assert.equal(ok.status, 200);
    const replay = await tokenRequest(token, {
      ...params,
      code: String(auth2.code),
      code_verifier: auth2.pkce?.verifier ?? '',
    });
    assert.equal(replay.body.error, 'invalid_grant');
  });

  it('serves its JWKS and no OIDC/end-session/revocation endpoints', async () => {
    const jwks = await http(`${sb.adminUrl}/oauth2/jwks`);
    assert.equal(jwks.status, 200);
    assert.equal((jwks.json.keys as unknown[]).length, 1);
    for (const path of ['/oauth2/revoke', '/oauth2/userinfo', '/session/end', '/login']) {
      const res = await http(`${sb.adminUrl}${path}`);
      assert.equal(res.status, 404, path);
    }
  });

  it('issues client-credentials tokens to flytepropeller', async () => {
    const res = await tokenRequest(
      token,
      { grant_type: 'client_credentials', scope: 'all' },
      { Authorization: `Basic ${Buffer.from('flytepropeller:foobar').toString('base64')}` },
    );
    assert.equal(res.status, 200);
    const at = claims(res.body.access_token);
    assert.deepEqual(at.scp, ['all']);
    assert.equal(at.sub, 'flytepropeller');
    const me = await http(`${sb.adminUrl}/me`, { headers: bearer(String(res.body.access_token)) });
    assert.equal(me.status, 200);
  });
});
