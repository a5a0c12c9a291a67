import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthServices, OAuthResolution } from '../types';
import { createAuthServices } from './auth-services';
import { createTabSync } from './tab-sync';

const ISSUER = 'https://as.test';
const resolution: OAuthResolution = {
  kind: 'oauth',
  mode: 'auto',
  server: 'internal',
  issuer: ISSUER,
  metadata: { issuer: ISSUER, authorization_endpoint: `${ISSUER}/auth`, token_endpoint: `${ISSUER}/token` },
  discoveryUrls: [],
  clientId: 'flyteconsole',
  scopes: ['all', 'offline'],
  audience: undefined,
  extraQueryParams: {},
  headerName: 'flyte-authorization',
  userStore: 'session',
  adminUrl: ISSUER,
};

const user = (access: string) =>
  new User({
    access_token: access,
    token_type: 'bearer',
    scope: 'all offline',
    profile: {} as never,
    expires_at: Math.floor(Date.now() / 1000) + 600,
  });

const live: AuthServices[] = [];
afterEach(() => {
  for (const services of live.splice(0)) services.dispose();
});

/** Services over an in-memory user store holding `access`, "signed out" by another tab. */
async function signedOutWithStoredUser(access: string) {
  const userManager = new UserManager({
    authority: ISSUER,
    client_id: 'flyteconsole',
    redirect_uri: 'http://localhost/console/callback',
    metadata: resolution.metadata,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    automaticSilentRenew: false,
  });
  const services = createAuthServices(resolution, userManager, {
    tabs: createTabSync(`status-${access}`),
    locks: null,
  });
  live.push(services);
  await userManager.storeUser(user(access));
  services.status.update({ signedOut: true, signedInElsewhere: true });
  return services;
}

describe('session status follows the UserManager', () => {
  it('a user loaded after a sign-out ends "signed out" (react-oidc-context has the user)', async () => {
    const services = await signedOutWithStoredUser('adopted');
    await services.userManager.getUser(true); // raises userLoaded, as a callback or a popup sign-in does
    expect(services.status.get()).toMatchObject({ signedOut: false, signedInElsewhere: false });
  });

  it('a renewal that was running when another tab signed out does not undo that sign-out', async () => {
    const services = await signedOutWithStoredUser('current');
    // A different stale token: the renewer adopts the stored user (loading it) inside its running renewal.
    await services.renewer.renew('stale');
    expect(services.status.get()).toMatchObject({ signedOut: true, signedInElsewhere: true });
  });
});
