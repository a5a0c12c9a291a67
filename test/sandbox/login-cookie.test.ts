import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from './index.ts';
import { authorize } from './oauth-test-client.ts';
import { CONSOLE_CALLBACK, SNAKE, bearer, flyteAuth, http, start } from './test-helpers.ts';

/** flyteadmin's login cookies and their precedence over flyte-authorization (flyteadmin/auth/handlers.go:362-386). */
describe('admin: login cookies (internal mode)', () => {
  let sb: Sandbox;
  let projects: string;
  before(async () => {
    sb = await start('internal');
    projects = `${sb.adminUrl}/api/v1/projects`;
  });
  after(() => sb.close());

  const cookie = (idToken: string, withAccessToken = true) =>
    withAccessToken ? `flyte_idt=${idToken}; flyte_at=opaque` : `flyte_idt=${idToken}`;

  it('sign-in sets flyte_idt and flyte_at as HttpOnly session cookies on the admin origin', async () => {
    sb.controls.update({ loginCookieTtl: 120 });
    const result = await authorize({
      authorizationEndpoint: `${sb.adminUrl}/oauth2/authorize`,
      clientId: 'flyteconsole',
      redirectUri: CONSOLE_CALLBACK,
      scope: 'all offline',
    });
    const jar = result.jar.header(new URL(sb.adminUrl));
    assert.match(jar, /flyte_idt=ey/);
    assert.match(jar, /flyte_at=/);
    const idToken = /flyte_idt=([^;]+)/.exec(jar)?.[1] ?? '';
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString()) as {
      exp: number;
      iat: number;
    };
    assert.equal(claims.exp - claims.iat, 120);
    const signedIn = await http(projects, { headers: { ...SNAKE, Cookie: jar } });
    assert.equal(signedIn.status, 200, 'a call carrying the cookies is authenticated by them');
  });

  it('an ID-token cookie wins over flyte-authorization, also when it has expired', async () => {
    const valid = await sb.signTestToken();
    const expired = await sb.signTestToken({ exp: Math.floor(Date.now() / 1000) - 10 });
    const before = sb.controls.stats().dataRequestsByCredential;
    const byCookie = await http(projects, { headers: { ...SNAKE, Cookie: cookie(valid) } });
    assert.equal(byCookie.status, 200);
    const stale = await http(projects, { headers: { ...flyteAuth(valid), Cookie: cookie(expired) } });
    assert.equal(stale.status, 401, 'a valid flyte-authorization does not help against an expired cookie');
    assert.match(String(stale.json.message), /id token err/);
    const after = sb.controls.stats().dataRequestsByCredential;
    assert.equal((after.cookie ?? 0) - (before.cookie ?? 0), 2);
  });

  it('reads the cookie only with flyte_at beside it, and never before Authorization', async () => {
    const valid = await sb.signTestToken();
    const expired = await sb.signTestToken({ exp: Math.floor(Date.now() / 1000) - 10 });
    const alone = await http(projects, { headers: { ...flyteAuth(valid), Cookie: cookie(expired, false) } });
    assert.equal(alone.status, 200);
    const standard = await http(projects, { headers: { ...bearer(valid), Cookie: cookie(expired) } });
    assert.equal(standard.status, 200);
  });
});
