import { decodeJwt } from 'jose';
import { InMemoryWebStorage, OidcClient, WebStorageStateStore } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pkcePair, postForm } from './msw-test-helpers.ts';
import type { Json } from './msw-test-helpers.ts';
import { setupMsw } from './setup-msw.ts';

const { idp, admin } = setupMsw({
  mocks: { admin: { authServer: 'external', storeOptions: { bigProjectExecutions: 20 } } },
}).mocks;
const REDIRECT = 'https://console.test/console/callback';

afterEach(() => {
  vi.useRealTimers();
});

function client(): OidcClient {
  return new OidcClient({
    authority: idp.issuer,
    client_id: 'flyteconsole',
    redirect_uri: REDIRECT,
    scope: 'openid profile email offline_access',
    stateStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
}

describe('mock OIDC IdP', () => {
  it('completes a code + PKCE sign-in that oidc-client-ts validates (iss, aud, nonce, sub)', async () => {
    const oidc = client();
    // oidc-client-ts only sends a nonce when asked to; the console does, and the IdP must echo it.
    const request = await oidc.createSigninRequest({ request_type: 'si:r', nonce: 'nonce-1234567890' });
    expect(new URL(request.url).searchParams.get('nonce')).toBe('nonce-1234567890');
    const callback = idp.authorizeRedirect(request.url, { sub: 'grace', name: 'Grace Hopper' });
    expect(new URL(callback).searchParams.get('iss')).toBe(idp.issuer);
    const response = await oidc.processSigninResponse(callback);
    expect(response.profile.sub).toBe('grace');
    expect(response.profile.name).toBe('Grace Hopper');
    expect(response.refresh_token).toBeTruthy();
    expect(decodeJwt(response.id_token ?? '')).toMatchObject({
      iss: idp.issuer,
      aud: 'flyteconsole',
      nonce: 'nonce-1234567890',
    });
    expect(idp.controls.counters.tokenRequests.authorization_code).toBe(1);
    // the access token is good for the admin in external mode
    const res = await fetch(`${admin.origin}/api/v1/projects`, {
      headers: { 'flyte-authorization': `Bearer ${response.access_token}` },
    });
    expect(res.status).toBe(200);
    // and refresh works through oidc-client-ts with a rotated refresh token; later, so auth_time must be kept
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 120_000 });
    const refreshed = await oidc.useRefreshToken({
      state: {
        refresh_token: response.refresh_token ?? '',
        id_token: response.id_token,
        session_state: null,
        scope: response.scope,
        profile: response.profile,
        data: undefined,
      },
    });
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(response.refresh_token);
  });

  it('rejects a replayed code and a wrong verifier', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = idp.issueCode({
      codeChallenge: challenge,
      redirectUri: REDIRECT,
      clientId: 'flyteconsole',
      scope: 'openid',
      nonce: 'n-1',
    });
    const exchange = (v: string) =>
      postForm(idp.endpoints.token, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        client_id: 'flyteconsole',
        code_verifier: v,
      });
    const bad = await exchange((await pkcePair()).verifier);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error).toBe('invalid_grant');
    // the failed attempt consumed the code, as a real server would
    expect(((await (await exchange(verifier)).json()) as Json).error).toBe('invalid_grant');
  });

  it('fails the token endpoint on demand with invalid_grant', async () => {
    idp.controls.failTokenRequests('invalid_grant', 2);
    for (let i = 0; i < 2; i++) {
      const res = await postForm(idp.endpoints.token, {
        grant_type: 'refresh_token',
        refresh_token: 'x',
        client_id: 'flyteconsole',
      });
      expect(((await res.json()) as Json).error_description).toBe('injected failure');
    }
    expect(idp.controls.counters.tokenRequests.refresh_token).toBe(2);
  });

  it('serves userinfo, revocation and end-session', async () => {
    const token = await idp.mintAccessToken();
    const info = (await (
      await fetch(idp.endpoints.userinfo, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as Json;
    expect(info).toMatchObject({ sub: 'ada', email: 'ada@example.com' });
    expect((await postForm(idp.endpoints.revocation, { token, client_id: 'flyteconsole' })).status).toBe(200);
    expect(
      (await fetch(idp.endpoints.userinfo, { headers: { Authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
    const logout = await fetch(
      `${idp.endpoints.endSession}?id_token_hint=x&post_logout_redirect_uri=${encodeURIComponent('https://console.test/console/signed-out')}&state=abc`,
      { redirect: 'manual' },
    );
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe('https://console.test/console/signed-out?state=abc');
    expect(idp.controls.counters.endSessionRequests).toHaveLength(1);
    const jwks = (await (await fetch(idp.endpoints.jwks)).json()) as Json;
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
  });
});

describe('id_token checks in oidc-client-ts', () => {
  it('rejects an id_token whose nonce does not match the stored one', async () => {
    const oidc = client();
    const request = await oidc.createSigninRequest({ request_type: 'si:r', nonce: 'nonce-expected-000' });
    const url = new URL(request.url);
    url.searchParams.set('nonce', 'nonce-tampered-111');
    await expect(oidc.processSigninResponse(idp.authorizeRedirect(url.toString()))).rejects.toThrow(/nonce/);
  });
});
