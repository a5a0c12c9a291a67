import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from './index.ts';
import { CookieJar, request, signIn, tokenRequest } from './oauth-test-client.ts';
import {
  CONSOLE_CALLBACK,
  CONSOLE_ORIGIN,
  SNAKE,
  bearer,
  claims,
  flyteAuth,
  http,
  start,
} from './test-helpers.ts';

describe('external IdP (Keycloak-like) with the admin in external mode', () => {
  let sb: Sandbox;
  let discovery: Record<string, unknown>;
  const flow = (jar = new CookieJar()) => ({
    authorizationEndpoint: String(discovery.authorization_endpoint),
    tokenEndpoint: String(discovery.token_endpoint),
    clientId: 'flyteconsole',
    redirectUri: CONSOLE_CALLBACK,
    scope: 'openid profile email offline_access',
    origin: CONSOLE_ORIGIN,
    jar,
  });

  before(async () => {
    sb = await start('external');
    discovery = (await http(`${sb.idpIssuer}/.well-known/openid-configuration`)).json;
  });
  after(() => sb.close());

  it('publishes discovery in both forms, with Keycloak-style endpoints', async () => {
    assert.match(sb.idpIssuer, /^http:\/\/127\.0\.0\.1:\d+\/realms\/flyte$/);
    assert.equal(discovery.issuer, sb.idpIssuer);
    const base = `${sb.idpIssuer}/protocol/openid-connect`;
    assert.equal(discovery.authorization_endpoint, `${base}/auth`);
    assert.equal(discovery.token_endpoint, `${base}/token`);
    assert.equal(discovery.userinfo_endpoint, `${base}/userinfo`);
    assert.equal(discovery.end_session_endpoint, `${base}/logout`);
    assert.equal(discovery.revocation_endpoint, `${base}/revoke`);
    assert.equal(discovery.jwks_uri, `${base}/certs`);
    assert.deepEqual(discovery.code_challenge_methods_supported, ['S256']);
    const oauth = await http(`${sb.idpIssuer}/.well-known/oauth-authorization-server`);
    assert.equal(oauth.status, 200);
    assert.equal(oauth.json.token_endpoint, discovery.token_endpoint);
    const rfc8414 = await http(
      `${new URL(sb.idpIssuer).origin}/.well-known/oauth-authorization-server/realms/flyte`,
    );
    assert.equal(rfc8414.json.issuer, sb.idpIssuer);
  });

  it('the admin proxies the IdP metadata through flyteadmin fields only', async () => {
    const meta = await http(`${sb.adminUrl}/.well-known/oauth-authorization-server`, { headers: SNAKE });
    assert.equal(meta.status, 200);
    assert.deepEqual(Object.keys(meta.json).sort(), [
      'authorization_endpoint',
      'code_challenge_methods_supported',
      'device_authorization_endpoint',
      'grant_types_supported',
      'issuer',
      'jwks_uri',
      'response_types_supported',
      'scopes_supported',
      'token_endpoint',
      'token_endpoint_auth_methods_supported',
    ]);
    assert.equal(meta.json.issuer, sb.idpIssuer);
    assert.equal(meta.json.token_endpoint, discovery.token_endpoint);
    assert.equal(meta.json.device_authorization_endpoint, '');
    const redirect = await http(`${sb.adminUrl}/.well-known/openid-configuration`);
    assert.equal(redirect.status, 303);
    assert.equal(redirect.headers.get('location'), `${sb.idpIssuer}/.well-known/openid-configuration`);
  });

  it('signs in with code + PKCE: id_token with profile claims, JWT access token for the admin', async () => {
    const { tokens } = await signIn(flow());
    assert.equal(typeof tokens.refresh_token, 'string');
    const id = claims(tokens.id_token);
    assert.equal(id.iss, sb.idpIssuer);
    assert.equal(id.aud, 'flyteconsole');
    assert.equal(id.name, 'Ada Lovelace');
    assert.equal(id.email, 'ada@example.com');
    assert.match(String(id.picture), /^data:image\/svg\+xml;base64,/);
    const at = claims(tokens.access_token);
    assert.equal(at.aud, sb.adminUrl);
    assert.ok((at.scp as string[]).includes('all'));
    assert.ok((at.scp as string[]).includes('openid'));

    const projects = await http(`${sb.adminUrl}/api/v1/projects`, {
      headers: flyteAuth(String(tokens.access_token)),
    });
    assert.equal(projects.status, 200);
    // flyteadmin's /me reads user_info (absent in IdP tokens) and the email claim only.
    const me = await http(`${sb.adminUrl}/me`, { headers: bearer(String(tokens.access_token)) });
    assert.equal(me.status, 200);
    assert.equal(me.json.subject, 'ada');
    assert.equal(me.json.email, 'ada@example.com');
    assert.equal(me.json.name, '');
  });

  it('answers userinfo cross-origin', async () => {
    const { tokens } = await signIn(flow());
    const preflight = await http(String(discovery.userinfo_endpoint), {
      method: 'OPTIONS',
      headers: {
        Origin: CONSOLE_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), CONSOLE_ORIGIN);
    const info = await http(String(discovery.userinfo_endpoint), {
      headers: { Authorization: `Bearer ${String(tokens.access_token)}`, Origin: CONSOLE_ORIGIN },
    });
    assert.equal(info.status, 200);
    assert.equal(info.json.sub, 'ada');
    assert.equal(info.json.name, 'Ada Lovelace');
    assert.equal(info.headers.get('access-control-allow-origin'), CONSOLE_ORIGIN);
    const anonymous = await http(String(discovery.userinfo_endpoint));
    assert.equal(anonymous.status, 401);
  });

  it('rotates refresh tokens and rejects the old one; revocation works', async () => {
    const { tokens } = await signIn(flow());
    const refresh = (rt: unknown) =>
      tokenRequest(
        String(discovery.token_endpoint),
        {
          grant_type: 'refresh_token',
          refresh_token: String(rt),
          client_id: 'flyteconsole',
        },
        { Origin: CONSOLE_ORIGIN },
      );
    const first = await refresh(tokens.refresh_token);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('access-control-allow-origin'), CONSOLE_ORIGIN);
    assert.notEqual(first.body.refresh_token, tokens.refresh_token);
    assert.equal(claims(first.body.id_token).name, 'Ada Lovelace');
    assert.equal((await refresh(tokens.refresh_token)).body.error, 'invalid_grant');

    const second = await signIn(flow());
    const revoked = await fetch(String(discovery.revocation_endpoint), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: CONSOLE_ORIGIN },
      body: new URLSearchParams({
        token: String(second.tokens.refresh_token),
        client_id: 'flyteconsole',
      }).toString(),
    });
    assert.equal(revoked.status, 200);
    assert.equal((await refresh(second.tokens.refresh_token)).body.error, 'invalid_grant');
  });

  it('ends the session with RP-initiated logout and a confirmation page', async () => {
    const jar = new CookieJar();
    const { tokens } = await signIn(flow(jar));
    const logout = new URL(String(discovery.end_session_endpoint));
    logout.search = new URLSearchParams({
      id_token_hint: String(tokens.id_token),
      post_logout_redirect_uri: `${CONSOLE_ORIGIN}/console/signed-out`,
      state: 'bye-bye-123',
    }).toString();
    const page = await request(jar, logout);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Yes, sign me out/);
    assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1|localhost)/, 'no third-party URLs');
    const action =
      /<form[^>]*id="op.logoutForm"[^>]*action="([^"]+)"|<form[^>]*action="([^"]+)"[^>]*id="op.logoutForm"/.exec(
        html,
      );
    const target = action?.[1] ?? action?.[2];
    assert.ok(target, 'logout form');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const confirm = await request(jar, new URL(target, logout), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    assert.equal(confirm.status, 303);
    const landed = new URL(confirm.headers.get('location') ?? '');
    assert.equal(`${landed.origin}${landed.pathname}`, `${CONSOLE_ORIGIN}/console/signed-out`);
    assert.equal(landed.searchParams.get('state'), 'bye-bye-123');

    // The IdP session is gone: the next authorization shows the sign-in page again.
    const again = await signIn(flow(jar));
    assert.equal(again.auth.signInPages, 1);
  });

  it('rejects admin tokens in external mode and IdP tokens for another audience', async () => {
    const wrongAud = await sb.signTestToken({ aud: 'https://elsewhere.example.com' });
    assert.equal((await http(`${sb.adminUrl}/api/v1/projects`, { headers: bearer(wrongAud) })).status, 401);
    const noScp = await sb.signTestToken({ scp: undefined, scope: 'openid profile' });
    const res = await http(`${sb.adminUrl}/api/v1/projects`, { headers: bearer(noScp) });
    assert.equal(res.status, 401);
    assert.match(String(res.json.message), /doesn't have required scope/);
    // Issuer is not checked in external mode.
    const otherIss = await sb.signTestToken({ iss: 'https://other-issuer.example.com' });
    assert.equal((await http(`${sb.adminUrl}/api/v1/projects`, { headers: bearer(otherIss) })).status, 200);
  });
});
