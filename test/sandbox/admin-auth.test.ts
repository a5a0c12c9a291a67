import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Sandbox } from './index.ts';
import { CONSOLE_ORIGIN, SNAKE, bearer, flyteAuth, http, start } from './test-helpers.ts';

describe('admin: Bearer authentication, CORS and gateway JSON (internal mode)', () => {
  let sb: Sandbox;
  let projects: string;
  before(async () => {
    sb = await start('internal');
    projects = `${sb.adminUrl}/api/v1/projects`;
  });
  after(() => sb.close());

  const expectUnauthenticated = async (headers: Record<string, string>, message?: RegExp) => {
    const res = await http(projects, { headers });
    assert.equal(res.status, 401);
    assert.equal(res.json.code, 16);
    assert.deepEqual(res.json.details, []);
    assert.equal(typeof res.json.message, 'string');
    if (message) assert.match(String(res.json.message), message);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer /);
  };

  it('accepts a valid token in Authorization or flyte-authorization', async () => {
    const token = await sb.signTestToken();
    assert.equal((await http(projects, { headers: bearer(token) })).status, 200);
    assert.equal((await http(projects, { headers: flyteAuth(token) })).status, 200);
  });

  it('rejects missing and malformed tokens', async () => {
    await expectUnauthenticated(SNAKE);
    await expectUnauthenticated({ ...SNAKE, Authorization: 'Bearer not-a-jwt' });
    await expectUnauthenticated({ ...SNAKE, 'flyte-authorization': 'Bearer' });
    await expectUnauthenticated({ ...SNAKE, 'flyte-authorization': 'Bearer a.b.c' });
  });

  it('rejects expired, wrong-audience, wrong-issuer and foreign-key tokens', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectUnauthenticated(bearer(await sb.signTestToken({ iat: now - 120, exp: now - 60 })), /expired/);
    await expectUnauthenticated(
      bearer(await sb.signTestToken({ aud: ['https://other.example.com'] })),
      /aud/,
    );
    await expectUnauthenticated(bearer(await sb.signTestToken({ iss: 'https://evil.example.com' })), /iss/);
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = (await exportJWK(publicKey)).n?.slice(0, 8);
    const foreign = await new SignJWT({ scp: ['all'], sub: 'mallory' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(sb.adminUrl)
      .setAudience(sb.adminUrl)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expectUnauthenticated(bearer(foreign));
  });

  it('requires scope all in scp', async () => {
    await expectUnauthenticated(
      bearer(await sb.signTestToken({ scp: ['offline'] })),
      /doesn't have required scope/,
    );
    // flyteadmin reads scp only, not scope.
    await expectUnauthenticated(
      bearer(await sb.signTestToken({ scp: undefined, scope: 'all offline' })),
      /required scope/,
    );
  });

  it('lets a stale Authorization header win over a valid flyte-authorization header', async () => {
    const good = await sb.signTestToken();
    const now = Math.floor(Date.now() / 1000);
    const stale = await sb.signTestToken({ iat: now - 120, exp: now - 60 });
    await expectUnauthenticated({
      ...SNAKE,
      Authorization: `Bearer ${stale}`,
      'flyte-authorization': `Bearer ${good}`,
    });
  });

  it('protects /me and leaves discovery anonymous', async () => {
    assert.equal((await http(`${sb.adminUrl}/me`)).status, 401);
    assert.equal((await http(`${sb.adminUrl}/.well-known/oauth-authorization-server`)).status, 200);
    assert.equal((await http(`${sb.adminUrl}/config/v1/flyte_client`)).status, 200);
    const me = await http(`${sb.adminUrl}/me`, {
      headers: bearer(await sb.signTestToken({ sub: 'someone' })),
    });
    assert.equal(me.json.subject, 'someone');
  });

  it('CORS like flyteadmin defaults: any origin as "*", refuses Authorization, allows flyte-authorization', async () => {
    const preflight = (headers: string, origin = CONSOLE_ORIGIN, method = 'GET') =>
      fetch(projects, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers': headers,
        },
      });
    const refused = await preflight('authorization');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const mixed = await preflight('flyte-authorization,authorization');
    assert.equal(mixed.status, 403);
    const allowed = await preflight('content-type,flyte-authorization', CONSOLE_ORIGIN, 'DELETE');
    assert.equal(allowed.status, 200);
    // allowedOrigins ["*"] (flyteadmin/pkg/config/config.go:95): gorilla answers "*" with credentials "true",
    // which a browser refuses for a credentialed request.
    assert.equal(allowed.headers.get('access-control-allow-origin'), '*');
    assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(allowed.headers.get('access-control-allow-methods'), 'DELETE');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /flyte-authorization/);
    const otherOrigin = await preflight('flyte-authorization', 'http://elsewhere.localhost:1');
    assert.equal(otherOrigin.headers.get('access-control-allow-origin'), '*');
    const patch = await preflight('flyte-authorization', CONSOLE_ORIGIN, 'PATCH');
    assert.equal(patch.status, 200);
    const connect = await preflight('flyte-authorization', CONSOLE_ORIGIN, 'CONNECT');
    assert.equal(connect.status, 405);

    const actual = await http(projects, {
      headers: { ...flyteAuth(await sb.signTestToken()), Origin: CONSOLE_ORIGIN },
    });
    assert.equal(actual.headers.get('access-control-allow-origin'), '*');
    assert.equal(actual.headers.get('access-control-expose-headers'), null);
    const unauth = await http(projects, { headers: { Origin: CONSOLE_ORIGIN } });
    assert.equal(unauth.status, 401);
    assert.equal(unauth.headers.get('access-control-allow-origin'), '*', 'a 401 is readable cross-origin');
  });

  it('answers snake_case only for exactly Accept: application/json', async () => {
    const token = await sb.signTestToken();
    const snake = await http(`${sb.adminUrl}/me`, { headers: bearer(token) });
    assert.ok('preferred_username' in snake.json);
    for (const accept of ['application/json, text/plain, */*', 'application/json; charset=utf-8', '*/*']) {
      const camel = await http(`${sb.adminUrl}/me`, {
        headers: { Accept: accept, Authorization: `Bearer ${token}` },
      });
      assert.ok('preferredUsername' in camel.json, accept);
      assert.ok(!('preferred_username' in camel.json), accept);
    }
    const noAccept = await http(`${sb.adminUrl}/me`, {
      headers: { Authorization: `Bearer ${token}`, Accept: '' },
    });
    assert.ok('preferredUsername' in noAccept.json);
    // additional_claims is a Struct: its keys are never converted.
    const claims = (await http(`${sb.adminUrl}/me`, { headers: { Authorization: `Bearer ${token}` } })).json
      .additionalClaims;
    assert.ok(claims && typeof claims === 'object' && 'client_id' in claims);
  });

  it('unknown routes answer a gateway 404', async () => {
    const res = await http(`${sb.adminUrl}/nope`, { headers: SNAKE });
    assert.equal(res.status, 404);
    assert.deepEqual(res.json, { code: 5, message: 'Not Found', details: [] });
  });
});
