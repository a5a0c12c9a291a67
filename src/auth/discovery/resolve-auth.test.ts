import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupMsw, unreachable, type TestServerOptions } from '../../../test/msw/index.ts';
import { validateConfig } from '../../config/validate-config';
import type { AuthResolution, OAuthResolution } from '../types';
import { resolveAuth } from './resolve-auth';
import { ADMIN } from '../../../test/unit/auth/render-shell';
import { createUserManager } from '../session/user-manager';

const msw = setupMsw();
const server = msw.server;
const IDP = 'https://idp.test/realms/flyte';

function config(auth: Record<string, unknown> = {}) {
  const result = validateConfig({ adminUrl: ADMIN, auth });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const mock = (options: TestServerOptions = {}) => msw.use({ ...options, idp: { issuer: IDP } });

function oauth(resolution: AuthResolution): OAuthResolution {
  if (resolution.kind !== 'oauth') throw new Error(`expected oauth, got ${JSON.stringify(resolution)}`);
  return resolution;
}

describe('resolveAuth: auto and internal (flyteadmin discovery)', () => {
  it('fetches the admin metadata with exactly "Accept: application/json" and gets snake_case endpoints', async () => {
    // The mock answers like grpc-gateway: snake_case only for that exact Accept, camelCase (an error here) else.
    mock();
    const r = oauth(await resolveAuth(config()));
    expect(r.server).toBe('internal');
    expect(r.metadata.authorization_endpoint).toBe(`${ADMIN}/oauth2/authorize`);
    expect(r.metadata.token_endpoint).toBe(`${ADMIN}/oauth2/token`);
  });

  it('uses the admin scopes (all offline, no openid), its header, and the console client id', async () => {
    mock();
    const r = oauth(await resolveAuth(config()));
    expect(r.scopes).toEqual(['all', 'offline']);
    expect(r.scopes).not.toContain('openid');
    expect(r.headerName).toBe('flyte-authorization');
    expect(r.clientId).toBe('flyteconsole'); // not flyte_client's "flytectl"
  });

  it('takes the header name from authorization_metadata_key, and config wins over it', async () => {
    mock({
      admin: {
        clientConfig: {
          scopes: ['all'],
          authorization_metadata_key: 'x-flyte-auth',
          audience: 'https://aud',
        },
      },
    });
    const fromAdmin = oauth(await resolveAuth(config()));
    expect(fromAdmin.headerName).toBe('x-flyte-auth');
    expect(fromAdmin.audience).toBe('https://aud');
    const fromConfig = oauth(await resolveAuth(config({ authorizationHeader: 'x-mine' })));
    expect(fromConfig.headerName).toBe('x-mine');
  });

  it('treats 501 on both auth routes as "auth off" in auto mode', async () => {
    mock({ admin: { authOff: true } });
    expect(await resolveAuth(config())).toEqual({
      kind: 'none',
      mode: 'auto',
      reason: 'admin',
      adminUrl: ADMIN,
    });
  });

  it('treats 404 on both auth routes as "auth off" too', async () => {
    server.use(
      http.get(`${ADMIN}/.well-known/oauth-authorization-server`, () =>
        HttpResponse.json({}, { status: 404 }),
      ),
      http.get(`${ADMIN}/config/v1/flyte_client`, () => HttpResponse.json({}, { status: 404 })),
    );
    expect((await resolveAuth(config())).kind).toBe('none');
  });

  it('makes "auth off" an error in internal mode', async () => {
    mock({ admin: { authOff: true } });
    const r = await resolveAuth(config({ mode: 'internal' }));
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error.reason).toBe('auth-off');
    expect(r.error.status).toBe(501);
    expect(r.error.url).toBe(`${ADMIN}/.well-known/oauth-authorization-server`);
  });

  it('reads end-session/revocation/userinfo from the IdP itself when the admin proxies its metadata', async () => {
    mock({ admin: { authServer: 'external', clientConfig: { scopes: ['all'] } } });
    const r = oauth(await resolveAuth(config()));
    expect(r.server).toBe('external');
    expect(r.issuer).toBe(IDP);
    expect(r.metadata.end_session_endpoint).toBe(`${IDP}/protocol/openid-connect/logout`);
    expect(r.metadata.revocation_endpoint).toBe(`${IDP}/protocol/openid-connect/revoke`);
    expect(r.scopes).toEqual(expect.arrayContaining(['openid', 'all', 'offline_access']));
  });

  it('explains camelCase keys (an Accept header changed on the way) instead of failing silently', async () => {
    mock();
    server.use(
      http.get(`${ADMIN}/.well-known/oauth-authorization-server`, () =>
        HttpResponse.json({ issuer: ADMIN, authorizationEndpoint: 'x', tokenEndpoint: 'y' }),
      ),
    );
    const r = await resolveAuth(config());
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.error.hint).toMatch(/camelCase.*Accept/);
  });

  it('names the URL, "no answer" and CORS/network when the admin cannot be reached', async () => {
    server.use(
      unreachable(`${ADMIN}/.well-known/oauth-authorization-server`),
      unreachable(`${ADMIN}/config/v1/flyte_client`),
    );
    const r = await resolveAuth(config());
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error.status).toBe(0);
    expect(r.error.url).toContain(ADMIN);
    expect(r.error.hint).toMatch(/CORS/);
    expect(r.error.hint).toMatch(/unreachable/);
  });

  it('hands the metadata to oidc-client-ts so it never fetches discovery itself', async () => {
    const { idp, admin } = mock();
    const r = oauth(await resolveAuth(config()));
    const discoveryFetches = () =>
      admin.controls.counters.discoveryRequests + idp.controls.counters.discoveryRequests;
    const before = discoveryFetches();
    const um = createUserManager(r);
    expect(await um.metadataService.getAuthorizationEndpoint()).toBe(`${ADMIN}/oauth2/authorize`);
    expect(discoveryFetches()).toBe(before);
  });
});

describe('resolveAuth: external', () => {
  it('discovers from issuer + relative openid-configuration and uses OIDC scopes', async () => {
    mock();
    const r = oauth(await resolveAuth(config({ mode: 'external', issuer: IDP })));
    expect(r.discoveryUrls).toEqual([`${IDP}/.well-known/openid-configuration`]);
    expect(r.scopes).toEqual(['openid', 'profile', 'email', 'offline_access']);
    expect(r.metadata.end_session_endpoint).toBeDefined();
  });

  it('accepts the oauth-authorization-server form, relative or absolute', async () => {
    const { idp } = mock();
    const relative = oauth(
      await resolveAuth(
        config({ mode: 'external', issuer: IDP, metadataUrl: '.well-known/oauth-authorization-server' }),
      ),
    );
    expect(relative.discoveryUrls).toEqual([`${IDP}/.well-known/oauth-authorization-server`]);
    expect(relative.metadata.token_endpoint).toBe(idp.endpoints.token);
    const absoluteUrl = 'https://idp.test/.well-known/oauth-authorization-server/realms/flyte';
    const absolute = oauth(
      await resolveAuth(config({ mode: 'external', issuer: IDP, metadataUrl: absoluteUrl })),
    );
    expect(absolute.discoveryUrls).toEqual([absoluteUrl]);
    expect(absolute.metadata.token_endpoint).toBe(idp.endpoints.token);
  });

  it('reports a wrong issuer path with the URL, the status and a hint', async () => {
    mock();
    server.use(
      http.get(
        'https://idp.test/realms/wrong/.well-known/openid-configuration',
        () => new HttpResponse(null, { status: 404 }),
      ),
    );
    const r = await resolveAuth(config({ mode: 'external', issuer: 'https://idp.test/realms/wrong' }));
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error.url).toBe('https://idp.test/realms/wrong/.well-known/openid-configuration');
    expect(r.error.status).toBe(404);
    expect(r.error.hint).toMatch(/issuer path/);
  });

  it('refuses a document whose issuer is not the configured one', async () => {
    const { idp } = mock();
    // Another host serving the mocked IdP's document (a copy, a mirror): its issuer is not the configured one.
    server.use(
      http.get('https://other.test/.well-known/openid-configuration', () => HttpResponse.json(idp.discovery)),
    );
    const r = await resolveAuth(config({ mode: 'external', issuer: 'https://other.test' }));
    expect(r.kind === 'error' && r.error.reason).toBe('issuer-mismatch');
  });

  it('a metadataUrl on another origin than the issuer is used only when the document names exactly that issuer', async () => {
    const { idp } = mock();
    const mirror = 'https://mirror.test/idp/openid-configuration';
    server.use(http.get(mirror, () => HttpResponse.json(idp.discovery)));
    const ok = await resolveAuth(config({ mode: 'external', issuer: idp.issuer, metadataUrl: mirror }));
    expect(ok).toMatchObject({ kind: 'oauth', issuer: idp.issuer, discoveryUrls: [mirror] });
    const wrong = await resolveAuth(
      config({ mode: 'external', issuer: 'https://idp.other.test/realms/x', metadataUrl: mirror }),
    );
    expect(wrong.kind === 'error' && wrong.error.reason).toBe('issuer-mismatch');
    expect(wrong.kind === 'error' && wrong.error.message).toMatch(
      /auth\.metadataUrl is on another origin \(https:\/\/mirror\.test\) than auth\.issuer/,
    );
  });

  it('returns "none" without any request when auth.mode is none', async () => {
    expect(await resolveAuth(config({ mode: 'none' }))).toMatchObject({ kind: 'none', reason: 'config' });
  });
});
