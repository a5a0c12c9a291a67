import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../config/validate-config';
import { resolveAuth, type AuthResolution, type OAuthResolution } from './resolve-auth';
import { ADMIN, createMockAuth, IDP, type MockAuthOptions } from './testing/mock-auth';
import { createUserManager } from './user-manager';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function config(auth: Record<string, unknown> = {}) {
  const result = validateConfig({ adminUrl: ADMIN, auth });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

function mock(options: MockAuthOptions = {}) {
  const m = createMockAuth(options);
  server.use(...m.handlers);
  return m;
}

function oauth(resolution: AuthResolution): OAuthResolution {
  if (resolution.kind !== 'oauth') throw new Error(`expected oauth, got ${JSON.stringify(resolution)}`);
  return resolution;
}

describe('resolveAuth: auto and internal (flyteadmin discovery)', () => {
  it('fetches the admin metadata with exactly "Accept: application/json" and gets snake_case endpoints', async () => {
    const m = mock();
    const r = oauth(await resolveAuth(config()));
    expect(m.seen.metadataAccept).toEqual(['application/json']);
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
    mock();
    server.use(
      http.get(`${ADMIN}/config/v1/flyte_client`, () =>
        HttpResponse.json({
          scopes: ['all'],
          authorization_metadata_key: 'x-flyte-auth',
          audience: 'https://aud',
        }),
      ),
    );
    const fromAdmin = oauth(await resolveAuth(config()));
    expect(fromAdmin.headerName).toBe('x-flyte-auth');
    expect(fromAdmin.audience).toBe('https://aud');
    const fromConfig = oauth(await resolveAuth(config({ authorizationHeader: 'x-mine' })));
    expect(fromConfig.headerName).toBe('x-mine');
  });

  it('treats 501 on both auth routes as "auth off" in auto mode', async () => {
    mock({ authOff: true });
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
    mock({ authOff: true });
    const r = await resolveAuth(config({ mode: 'internal' }));
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error.reason).toBe('auth-off');
    expect(r.error.status).toBe(501);
    expect(r.error.url).toBe(`${ADMIN}/.well-known/oauth-authorization-server`);
  });

  it('reads end-session/revocation/userinfo from the IdP itself when the admin proxies its metadata', async () => {
    mock({ adminProxiesIdp: true });
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
      http.get(`${ADMIN}/.well-known/oauth-authorization-server`, () => HttpResponse.error()),
      http.get(`${ADMIN}/config/v1/flyte_client`, () => HttpResponse.error()),
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
    const m = mock();
    const r = oauth(await resolveAuth(config()));
    const um = createUserManager(r);
    expect(await um.metadataService.getAuthorizationEndpoint()).toBe(`${ADMIN}/oauth2/authorize`);
    expect(m.seen.metadataAccept).toHaveLength(1); // only ours; an extra library fetch would be unhandled anyway
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
    mock();
    const asMetadata = {
      issuer: IDP,
      authorization_endpoint: `${IDP}/authorize`,
      token_endpoint: `${IDP}/token`,
    };
    server.use(
      http.get(`${IDP}/.well-known/oauth-authorization-server`, () => HttpResponse.json(asMetadata)),
      http.get('https://idp.test/.well-known/oauth-authorization-server/realms/flyte', () =>
        HttpResponse.json(asMetadata),
      ),
    );
    const relative = oauth(
      await resolveAuth(
        config({ mode: 'external', issuer: IDP, metadataUrl: '.well-known/oauth-authorization-server' }),
      ),
    );
    expect(relative.metadata.token_endpoint).toBe(`${IDP}/token`);
    const absoluteUrl = 'https://idp.test/.well-known/oauth-authorization-server/realms/flyte';
    const absolute = oauth(
      await resolveAuth(config({ mode: 'external', issuer: IDP, metadataUrl: absoluteUrl })),
    );
    expect(absolute.discoveryUrls).toEqual([absoluteUrl]);
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
    mock();
    server.use(
      http.get('https://other.test/.well-known/openid-configuration', () =>
        HttpResponse.json({ issuer: IDP, authorization_endpoint: 'a', token_endpoint: 'b' }),
      ),
    );
    const r = await resolveAuth(config({ mode: 'external', issuer: 'https://other.test' }));
    expect(r.kind === 'error' && r.error.reason).toBe('issuer-mismatch');
  });

  it('returns "none" without any request when auth.mode is none', async () => {
    expect(await resolveAuth(config({ mode: 'none' }))).toMatchObject({ kind: 'none', reason: 'config' });
  });
});
