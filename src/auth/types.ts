/** The types every part of the login shell shares: how this deployment signs in, decided once at boot. */
import type { OidcMetadata, User, UserManager } from 'oidc-client-ts';
import type { AuthMode, UserStoreKind } from '../config/config-types';
import type { DiscoveryError } from './discovery/documents';
import type { Renewer } from './renew/renewer';
import type { SessionStatusStore } from './session/session-status';
import type { TabSync } from './session/tab-sync';

/** How this deployment signs people in, decided once at boot (README.md, "Runtime configuration"). */
export type AuthResolution = NoAuth | OAuthResolution | AuthResolutionError;

interface NoAuth {
  kind: 'none';
  mode: AuthMode;
  /** "config": auth.mode is "none"; "admin": the admin answered 501/404 on its auth routes. */
  reason: 'config' | 'admin';
  adminUrl: string;
}

export interface AuthResolutionError {
  kind: 'error';
  mode: AuthMode;
  error: DiscoveryError;
}

export interface OAuthResolution {
  kind: 'oauth';
  mode: AuthMode;
  /** "internal": flyteadmin's own OAuth2 server (no OIDC); "external": an OIDC IdP. */
  server: 'internal' | 'external';
  issuer: string;
  metadata: Partial<OidcMetadata>;
  /** The documents the metadata came from, for the settings page and error messages. */
  discoveryUrls: string[];
  clientId: string;
  scopes: string[];
  audience: string | undefined;
  extraQueryParams: Record<string, string>;
  headerName: string;
  userStore: UserStoreKind;
  adminUrl: string;
}

/** Everything the login shell needs, created once at boot, outside React. */
export interface AuthServices {
  resolution: OAuthResolution;
  userManager: UserManager;
  status: SessionStatusStore;
  tabs: TabSync;
  renewer: Renewer;
  /** Redirects to the authorization endpoint; the return URL travels in the sign-in state, never in the URL. */
  signIn(returnTo?: string): Promise<void>;
  /** Signs in again without leaving the page (popup), or by a redirect back here when popups are blocked. */
  reauthenticate(): Promise<void>;
  /** The id_token checks oidc-client-ts leaves out; removes the user and throws when they fail. */
  checkUser(user: User): Promise<void>;
  /** A top-level navigation away from the app (flyteadmin's /logout). */
  navigate(url: string): void;
  dispose(): void;
}

/** Shape of the sign-in request's state data. */
export interface SignInState {
  returnTo: string;
}
