import { UserManager, WebStorageStateStore, type INavigator, type UserManagerSettings } from 'oidc-client-ts';
import { consoleUrl, paths, SILENT_CALLBACK } from '../../config/paths';
import { guardResponses } from '../sign-in/guard-responses';
import type { OAuthResolution } from '../types';

export interface RedirectUris {
  redirect: string;
  silent: string;
  postLogout: string;
}

/** The exact URIs to register at the IdP for this origin. */
export function redirectUris(origin = window.location.origin): RedirectUris {
  return {
    redirect: consoleUrl(paths.callback(), origin),
    silent: consoleUrl(SILENT_CALLBACK, origin),
    postLogout: consoleUrl(paths.signedOut(), origin),
  };
}

/**
 * flyteadmin's internal server has no OIDC: its identity comes from /me, never from userinfo. An IdP whose userinfo
 * lives on another origin (Entra ID: Microsoft Graph; Google) would refuse an access token minted for flyteadmin,
 * and oidc-client-ts then fails the whole sign-in; the id_token's profile claims are enough there.
 */
function shouldLoadUserInfo(resolution: OAuthResolution, oidc: boolean): boolean {
  const endpoint = resolution.metadata.userinfo_endpoint;
  if (resolution.server !== 'external' || !oidc || !endpoint) return false;
  try {
    return new URL(endpoint).origin === new URL(resolution.issuer).origin;
  } catch {
    return false;
  }
}

/**
 * How long a token, userinfo or revocation request may wait for an answer. oidc-client-ts has no time-out unless
 * given one: an unanswered refresh would hold the cross-tab renew lock forever and every tab would wait on it.
 */
const TOKEN_REQUEST_TIMEOUT_SECONDS = 20;
/** The hidden-iframe renewal (no refresh token): a prompt=none answer is a redirect, it comes fast or not at all. */
const SILENT_IFRAME_TIMEOUT_SECONDS = 10;

/**
 * The console's single UserManager. Metadata is handed over, so the library never fetches the admin's discovery
 * itself (it would send an Accept header that makes grpc-gateway answer camelCase). Renewal is scheduled by
 * renewer.ts (with a cross-tab lock), so the library's own automatic renew is off.
 */
export function userManagerSettings(
  resolution: OAuthResolution,
  origin = window.location.origin,
  requestTimeoutInSeconds = TOKEN_REQUEST_TIMEOUT_SECONDS,
): UserManagerSettings {
  const uris = redirectUris(origin);
  const userStorage = resolution.userStore === 'local' ? window.localStorage : window.sessionStorage;
  const oidc = resolution.scopes.includes('openid');
  return {
    authority: resolution.issuer,
    metadata: resolution.metadata,
    client_id: resolution.clientId,
    redirect_uri: uris.redirect,
    popup_redirect_uri: uris.redirect,
    silent_redirect_uri: uris.silent,
    post_logout_redirect_uri: uris.postLogout,
    response_type: 'code',
    scope: resolution.scopes.join(' '),
    loadUserInfo: shouldLoadUserInfo(resolution, oidc),
    extraQueryParams: {
      ...resolution.extraQueryParams,
      ...(resolution.audience ? { audience: resolution.audience } : {}),
    },
    userStore: new WebStorageStateStore({ store: userStorage }),
    // Sign-in state (PKCE verifier, nonce, return URL) never leaves this tab.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    monitorSession: false,
    revokeTokenTypes: ['refresh_token', 'access_token'],
    requestTimeoutInSeconds,
    silentRequestTimeoutInSeconds: SILENT_IFRAME_TIMEOUT_SECONDS,
  };
}

export function createUserManager(
  resolution: OAuthResolution,
  navigators: { redirect?: INavigator; popup?: INavigator; iframe?: INavigator } = {},
  requestTimeoutInSeconds = TOKEN_REQUEST_TIMEOUT_SECONDS,
): UserManager {
  const userManager = new UserManager(
    userManagerSettings(resolution, window.location.origin, requestTimeoutInSeconds),
    navigators.redirect,
    navigators.popup,
    navigators.iframe,
  );
  guardResponses(userManager, resolution);
  return userManager;
}
