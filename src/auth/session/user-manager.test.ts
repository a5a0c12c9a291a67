import { describe, expect, it } from 'vitest';
import { userManagerSettings } from './user-manager';
import type { OAuthResolution } from '../types';

const ORIGIN = 'https://flyte.example.com';

function resolution(overrides: Partial<OAuthResolution> = {}): OAuthResolution {
  return {
    kind: 'oauth',
    mode: 'external',
    server: 'external',
    issuer: 'https://idp.example.com/realms/flyte',
    metadata: {
      issuer: 'https://idp.example.com/realms/flyte',
      authorization_endpoint: 'https://idp.example.com/realms/flyte/auth',
      token_endpoint: 'https://idp.example.com/realms/flyte/token',
      userinfo_endpoint: 'https://idp.example.com/realms/flyte/userinfo',
    },
    discoveryUrls: [],
    clientId: 'flyteconsole',
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    audience: undefined,
    extraQueryParams: {},
    headerName: 'flyte-authorization',
    userStore: 'session',
    adminUrl: ORIGIN,
    ...overrides,
  };
}

describe('userManagerSettings', () => {
  it('uses the exact console redirect URIs and the authorization code flow', () => {
    const settings = userManagerSettings(resolution(), ORIGIN);
    expect(settings).toMatchObject({
      redirect_uri: `${ORIGIN}/console/callback`,
      silent_redirect_uri: `${ORIGIN}/console/silent-callback.html`,
      post_logout_redirect_uri: `${ORIGIN}/console/signed-out`,
      response_type: 'code',
      client_id: 'flyteconsole',
    });
  });

  it('keeps the user in sessionStorage unless auth.userStore is "local"', async () => {
    const session = userManagerSettings(resolution(), ORIGIN);
    await session.userStore?.set('x', 'session');
    expect(sessionStorage.getItem('oidc.x')).toBe('session');
    expect(localStorage.getItem('oidc.x')).toBeNull();
    const local = userManagerSettings(resolution({ userStore: 'local' }), ORIGIN);
    await local.userStore?.set('y', 'local');
    expect(localStorage.getItem('oidc.y')).toBe('local');
  });

  it('hands over the metadata so the library never fetches discovery', () => {
    const r = resolution();
    expect(userManagerSettings(r, ORIGIN).metadata).toBe(r.metadata);
  });

  it('loads userinfo only from an OIDC IdP whose userinfo is on its own origin', () => {
    expect(userManagerSettings(resolution(), ORIGIN).loadUserInfo).toBe(true);
    const graph = resolution({
      issuer: 'https://login.microsoftonline.com/tenant/v2.0',
      metadata: { userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo' },
    });
    expect(userManagerSettings(graph, ORIGIN).loadUserInfo).toBe(false);
    const internal = resolution({ server: 'internal', scopes: ['all', 'offline'] });
    expect(userManagerSettings(internal, ORIGIN).loadUserInfo).toBe(false);
  });

  it('sends the audience with the authorize request when configured', () => {
    const settings = userManagerSettings(
      resolution({ audience: 'api://flyte', extraQueryParams: { access_type: 'offline' } }),
      ORIGIN,
    );
    expect(settings.extraQueryParams).toEqual({ access_type: 'offline', audience: 'api://flyte' });
  });
});
