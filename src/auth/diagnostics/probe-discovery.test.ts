import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  corsBlocked,
  externalTarget,
  IDP,
  target,
  unreachable,
  diagnosticsMsw,
} from '../../../test/unit/auth/diagnostics-kit';
import { probeDiscovery } from './probe-discovery';

const { server } = diagnosticsMsw();
const ADMIN_META = `${ADMIN}/.well-known/oauth-authorization-server`;
const WRONG_REALM = `${IDP.replace('/flyte', '/wrong')}/.well-known/openid-configuration`;

describe('probeDiscovery', () => {
  it('passes for flyteadmin (snake_case with the exact Accept) and hands the metadata on', async () => {
    const outcome = await probeDiscovery(target(), fetch);
    expect(outcome.result).toMatchObject({ status: 'pass', title: 'Discovery document' });
    expect(outcome.result.summary).toContain(`${ADMIN_META} answered HTTP 200 with issuer ${ADMIN}`);
    expect(outcome.metadata?.token_endpoint).toBe(`${ADMIN}/oauth2/token`);
  });

  it('passes for an external IdP', async () => {
    const outcome = await probeDiscovery(externalTarget(), fetch);
    expect(outcome.result.status).toBe('pass');
    expect(outcome.metadata?.issuer).toBe(IDP);
  });

  it('unreachable: names the URL and says to check the address', async () => {
    server.use(unreachable(ADMIN_META));
    const { result, metadata } = await probeDiscovery(target(), fetch);
    expect(result.status).toBe('failure');
    expect(result.summary).toMatch(/could not be reached from this browser/);
    expect(result.fix).toBe(
      'Check that https://admin.test is the right address and is reachable from this browser.',
    );
    expect(metadata).toBeNull();
  });

  it('CORS refused by the admin: allowedOrigins', async () => {
    server.use(corsBlocked(ADMIN_META));
    const { result } = await probeDiscovery(target(), fetch);
    expect(result.summary).toMatch(
      /answered, but without CORS headers that let https:\/\/console\.test read it/,
    );
    expect(result.fix).toMatch(/Add https:\/\/console\.test to flyteadmin's CORS allowedOrigins/);
  });

  it('CORS refused by the IdP (or an error page without CORS headers): web origins or the issuer path', async () => {
    server.use(corsBlocked(WRONG_REALM));
    const { result } = await probeDiscovery(externalTarget({ discoveryUrl: WRONG_REALM }), fetch);
    expect(result.fix).toMatch(/Allow https:\/\/console\.test at the IdP .*exact issuer path/);
  });

  it('HTTP 404 at the IdP: the wrong issuer path', async () => {
    server.use(
      http.get(WRONG_REALM, () => HttpResponse.json({ error: 'Realm does not exist' }, { status: 404 })),
    );
    const { result } = await probeDiscovery(externalTarget({ discoveryUrl: WRONG_REALM }), fetch);
    expect(result.status).toBe('failure');
    expect(result.summary).toBe(`${WRONG_REALM} answered HTTP 404.`);
    expect(result.fix).toMatch(
      /^Nothing at this path: use the exact issuer path \(Keycloak "\.\.\.\/realms\/<name>"/,
    );
  });

  it('HTTP 500 and 401 get their own fixes', async () => {
    server.use(http.get(ADMIN_META, () => new HttpResponse(null, { status: 500 })));
    expect((await probeDiscovery(target(), fetch)).result.fix).toMatch(/check its logs/);
    server.use(http.get(ADMIN_META, () => new HttpResponse(null, { status: 401 })));
    expect((await probeDiscovery(target(), fetch)).result.fix).toMatch(/Make the discovery document public/);
  });

  it('auto mode and HTTP 501: auth is off (pass); internal mode: a failure', async () => {
    server.use(http.get(ADMIN_META, () => HttpResponse.json({ code: 12 }, { status: 501 })));
    const auto = await probeDiscovery(target(), fetch);
    expect(auto).toMatchObject({ authOff: true, result: { status: 'pass' } });
    expect(auto.result.summary).toMatch(/runs without sign-in/);
    const strict = await probeDiscovery(target({ mode: 'internal' }), fetch);
    expect(strict.result.status).toBe('failure');
    expect(strict.result.fix).toMatch(/server\.security\.useAuth/);
  });

  it('camelCase keys: a proxy changed the Accept header', async () => {
    server.use(
      http.get(ADMIN_META, () =>
        HttpResponse.json({ issuer: ADMIN, authorizationEndpoint: 'x', tokenEndpoint: 'y' }),
      ),
    );
    const { result } = await probeDiscovery(target(), fetch);
    expect(result.status).toBe('failure');
    expect(result.summary).toMatch(/camelCase keys/);
    expect(result.fix).toMatch(/^A proxy changed the Accept header/);
  });

  it('an HTML page or a JSON document without endpoints is not discovery', async () => {
    server.use(http.get(ADMIN_META, () => HttpResponse.html('<html></html>')));
    expect((await probeDiscovery(target(), fetch)).result.summary).toMatch(/did not answer a JSON object/);
    server.use(http.get(ADMIN_META, () => HttpResponse.json({ issuer: ADMIN })));
    const { result } = await probeDiscovery(target(), fetch);
    expect(result.summary).toMatch(/has no authorization_endpoint, token_endpoint/);
  });

  it('auth.mode "none": skipped', async () => {
    const outcome = await probeDiscovery(target({ mode: 'none', discoveryUrl: null }), fetch);
    expect(outcome.result.status).toBe('skipped');
  });
});
