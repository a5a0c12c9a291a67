import { describe, expect, it } from 'vitest';
import type { Json } from './msw-test-helpers.ts';
import { setupMsw } from './setup-msw.ts';

describe('auth off', () => {
  const { admin } = setupMsw({
    mocks: { admin: { authOff: true, storeOptions: { bigProjectExecutions: 20 } } },
  }).mocks;

  it('answers 501 code 12 on the discovery routes and serves data without a token', async () => {
    for (const path of ['/me', '/config/v1/flyte_client', '/.well-known/oauth-authorization-server']) {
      const res = await fetch(`${admin.origin}${path}`);
      expect(res.status).toBe(501);
      expect((await res.json()) as Json).toMatchObject({ code: 12, details: [] });
    }
    expect((await fetch(`${admin.origin}/login`)).status).toBe(404);
    const data = await fetch(`${admin.origin}/api/v1/projects`);
    expect(data.status).toBe(200);
    expect(((await data.json()) as Json).projects.length).toBe(4);
  });
});

describe('external authorization server', () => {
  const { admin, idp } = setupMsw({
    mocks: { admin: { authServer: 'external', storeOptions: { bigProjectExecutions: 20 } } },
  }).mocks;

  it('re-serialises the IdP metadata and drops end_session/userinfo/revocation', async () => {
    const body = (await (
      await fetch(`${admin.origin}/.well-known/oauth-authorization-server`, {
        headers: { Accept: 'application/json' },
      })
    ).json()) as Json;
    expect(body.issuer).toBe(idp.issuer);
    expect(body.token_endpoint).toBe(idp.endpoints.token);
    expect(body.end_session_endpoint).toBeUndefined();
    expect(body.userinfo_endpoint).toBeUndefined();
    expect(body.revocation_endpoint).toBeUndefined();
    expect(Object.keys(body)).toHaveLength(10);
  });

  it('accepts IdP access tokens for its audience and rejects its own-format tokens', async () => {
    const idpToken = await idp.mintAccessToken();
    expect(
      (
        await fetch(`${admin.origin}/api/v1/domains`, {
          headers: { 'flyte-authorization': `Bearer ${idpToken}` },
        })
      ).status,
    ).toBe(200);
    const selfToken = await admin.mintAccessToken();
    expect(
      (
        await fetch(`${admin.origin}/api/v1/domains`, {
          headers: { 'flyte-authorization': `Bearer ${selfToken}` },
        })
      ).status,
    ).toBe(401);
    const otherAud = await idp.mintAccessToken({ audience: 'api://default' });
    expect(
      (
        await fetch(`${admin.origin}/api/v1/domains`, {
          headers: { 'flyte-authorization': `Bearer ${otherAud}` },
        })
      ).status,
    ).toBe(401);
  });

  it('redirects /.well-known/openid-configuration to the IdP with 303', async () => {
    const res = await fetch(`${admin.origin}/.well-known/openid-configuration`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${idp.issuer}/.well-known/openid-configuration`);
  });
});
