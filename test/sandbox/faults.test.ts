import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from './index.ts';
import { signIn, tokenRequest } from './oauth-test-client.ts';
import { CONSOLE_CALLBACK, CONSOLE_ORIGIN, SNAKE, bearer, http, start } from './test-helpers.ts';

describe('sandbox switches, fault injection and counters', () => {
  let sb: Sandbox;
  let token: string;
  let projects: string;
  before(async () => {
    sb = await start('internal');
    projects = `${sb.adminUrl}/api/v1/projects`;
  });
  beforeEach(async () => {
    sb.controls.reset();
    token = await sb.signTestToken();
  });
  after(() => sb.close());

  const flow = () => ({
    authorizationEndpoint: `${sb.adminUrl}/oauth2/authorize`,
    tokenEndpoint: `${sb.adminUrl}/oauth2/token`,
    clientId: 'flyteconsole',
    redirectUri: CONSOLE_CALLBACK,
    scope: 'all offline',
    origin: CONSOLE_ORIGIN,
  });

  it('fails the next N data calls with 401 (valid token or not), then recovers', async () => {
    sb.controls.failNextDataCalls(2);
    for (let i = 0; i < 2; i += 1) {
      const res = await http(projects, { headers: bearer(token) });
      assert.equal(res.status, 401);
      assert.equal(res.json.code, 16);
      assert.ok(res.headers.get('www-authenticate'));
    }
    assert.equal((await http(projects, { headers: bearer(token) })).status, 200);
    const stats = sb.controls.stats();
    assert.equal(stats.dataRequests, 3);
    assert.equal(stats.injectedDataFaults, 2);
    assert.equal(stats.rejectedDataRequests, 2);
    assert.equal(stats.dataRequestsByRoute['GET /api/v1/projects'], 3);
  });

  it('can inject 403 permission errors', async () => {
    sb.controls.failNextDataCalls(1, 403);
    const res = await http(projects, { headers: bearer(token) });
    assert.equal(res.status, 403);
    assert.deepEqual(res.json, { code: 7, message: res.json.message, details: [] });
  });

  it('fails token requests with 500 or invalid_grant, readable cross-origin, and counts them by grant type', async () => {
    const { tokens } = await signIn(flow());
    const refresh = () =>
      tokenRequest(
        `${sb.adminUrl}/oauth2/token`,
        {
          grant_type: 'refresh_token',
          refresh_token: String(tokens.refresh_token),
          client_id: 'flyteconsole',
        },
        { Origin: CONSOLE_ORIGIN },
      );
    sb.controls.failNextTokenRequests(1, 'server_error');
    const failed = await refresh();
    assert.equal(failed.status, 500);
    assert.equal(failed.body.error, 'server_error');
    assert.equal(failed.headers.get('access-control-allow-origin'), CONSOLE_ORIGIN);
    sb.controls.failNextTokenRequests(1, 'invalid_grant');
    const invalid = await refresh();
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error, 'invalid_grant');
    // The real refresh token was never consumed by the injected failures.
    assert.equal((await refresh()).status, 200);
    const stats = sb.controls.stats();
    assert.deepEqual(stats.tokenRequests, { authorization_code: 1, refresh_token: 3 });
    assert.equal(stats.tokenRequestsTotal, 4);
    assert.equal(stats.injectedTokenFaults, 2);
  });

  it('delays data calls', async () => {
    sb.controls.setDataDelay(150);
    const t0 = performance.now();
    assert.equal((await http(projects, { headers: bearer(token) })).status, 200);
    assert.ok(performance.now() - t0 >= 140);
  });

  it('exposes the switches over HTTP: JSON API, stats and the control page', async () => {
    const patched = await http(`${sb.adminUrl}/sandbox/controls`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accessTokenTtl: 5, failDataCalls: 1 }),
    });
    assert.equal(patched.status, 200);
    assert.equal(patched.json.accessTokenTtl, 5);
    assert.equal(patched.json.auth, 'internal');
    assert.equal(sb.controls.state().accessTokenTtl, 5);
    assert.equal((await http(projects, { headers: bearer(token) })).status, 401);
    const { tokens } = await signIn(flow());
    assert.equal(tokens.expires_in, 5);

    const bad = await http(`${sb.adminUrl}/sandbox/controls`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accessTokenTtl: -1 }),
    });
    assert.equal(bad.status, 400);
    const unknown = await http(`${sb.adminUrl}/sandbox/controls`, { method: 'POST', body: '{"nope":1}' });
    assert.equal(unknown.status, 400);

    const stats = await http(`${sb.adminUrl}/sandbox/stats`);
    assert.equal(stats.json.tokenRequestsTotal, 1);
    assert.equal(stats.json.dataRequests, 1);

    const form = await http(`${sb.adminUrl}/sandbox/controls`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'failTokenRequests=2&tokenFault=invalid_grant',
    });
    assert.equal(form.status, 303);
    assert.equal(sb.controls.state().failTokenRequests, 2);
    assert.equal(sb.controls.state().tokenFault, 'invalid_grant');

    const page = await http(`${sb.adminUrl}/sandbox`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.text, /Auth mode/);
    assert.match(page.text, /Ada Lovelace/);
    assert.match(page.text, /<label for="accessTokenTtl">/);

    const reset = await http(`${sb.adminUrl}/sandbox/reset`, { method: 'POST' });
    assert.equal(reset.json.failTokenRequests, 0);
    assert.equal(sb.controls.stats().tokenRequestsTotal, 0);
  });

  it('serves a sign-in page with labelled controls and no third-party resources', async () => {
    const authz = new URL(`${sb.adminUrl}/oauth2/authorize`);
    authz.search = new URLSearchParams({
      response_type: 'code',
      client_id: 'flyteconsole',
      redirect_uri: CONSOLE_CALLBACK,
      scope: 'all offline',
      state: 'state-123456',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const first = await fetch(authz, { redirect: 'manual' });
    assert.equal(first.status, 303);
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const page = await http(new URL(first.headers.get('location') ?? '', authz).href, {
      headers: { Cookie: cookie },
    });
    assert.equal(page.status, 200);
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']) {
      assert.match(page.text, new RegExp(`aria-label="${name}"`));
    }
    assert.match(page.text, /data-testid="demo-user-ada"/);
    assert.match(page.text, /<label for="login">/);
    assert.match(page.text, /<label for="password">/);
    assert.doesNotMatch(page.text, /(src|href)="https?:/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  it('answers gateway errors in the requested casing', async () => {
    const res = await http(projects, { headers: SNAKE });
    assert.deepEqual(Object.keys(res.json).sort(), ['code', 'details', 'message']);
  });
});
