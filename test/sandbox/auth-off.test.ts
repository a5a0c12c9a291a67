import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from './index.ts';
import { SNAKE, http, start } from './test-helpers.ts';

describe('admin with auth off (server.security.useAuth: false)', () => {
  let sb: Sandbox;
  before(async () => {
    sb = await start('none');
  });
  after(() => sb.close());

  it('answers 501 code 12 on /me, /config/v1/flyte_client and the AS metadata', async () => {
    for (const path of ['/me', '/config/v1/flyte_client', '/.well-known/oauth-authorization-server']) {
      const res = await http(`${sb.adminUrl}${path}`, { headers: SNAKE });
      assert.equal(res.status, 501, path);
      assert.equal(res.json.code, 12, path);
      assert.equal(typeof res.json.message, 'string');
      assert.deepEqual(res.json.details, []);
    }
  });

  it('answers /login with a JSON 404 and serves no OAuth endpoints', async () => {
    const login = await http(`${sb.adminUrl}/login`);
    assert.equal(login.status, 404);
    assert.equal(login.headers.get('content-type'), 'application/json');
    assert.equal(login.json.code, 5);
    assert.equal((await http(`${sb.adminUrl}/oauth2/token`, { method: 'POST' })).status, 404);
    assert.equal((await http(`${sb.adminUrl}/.well-known/openid-configuration`)).status, 404);
  });

  it('serves data routes anonymously', async () => {
    const res = await http(`${sb.adminUrl}/api/v1/projects`, { headers: SNAKE });
    assert.equal(res.status, 200);
    assert.ok(Array.isArray(res.json.projects));
  });

  it('proposes a console config that discovers auth off by itself', () => {
    assert.deepEqual(sb.consoleConfig(), { adminUrl: sb.adminUrl, auth: { mode: 'auto' } });
    assert.deepEqual(sb.consoleConfig('none'), { adminUrl: sb.adminUrl, auth: { mode: 'none' } });
  });
});
