export const AUTH_MODES = ['auto', 'internal', 'external', 'none'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const USER_STORES = ['session', 'local'] as const;
export type UserStoreKind = (typeof USER_STORES)[number];

/** The runtime configuration after validation and defaults (README.md, "Runtime configuration"). */
export interface ConsoleConfig {
  /** flyteadmin's HTTP origin without a trailing slash; "" means the console's own origin. */
  adminUrl: string;
  auth: AuthConfig;
}

export interface AuthConfig {
  mode: AuthMode;
  clientId: string;
  /** External authorization server base URL; required when mode is "external". */
  issuer?: string;
  /** Discovery document, relative to the issuer or absolute. */
  metadataUrl: string;
  /** Unset means "the default for the kind of server" (internal vs external). */
  scopes?: string[];
  audience?: string;
  extraQueryParams: Record<string, string>;
  /** Unset means "ask the admin (authorization_metadata_key), else flyte-authorization". */
  authorizationHeader?: string;
  userStore: UserStoreKind;
}

export const DEFAULT_CONFIG: ConsoleConfig = {
  adminUrl: '',
  auth: {
    mode: 'auto',
    clientId: 'flyteconsole',
    metadataUrl: '.well-known/openid-configuration',
    extraQueryParams: {},
    userStore: 'session',
  },
};

export const INTERNAL_DEFAULT_SCOPES = ['all', 'offline'];
export const EXTERNAL_DEFAULT_SCOPES = ['openid', 'profile', 'email', 'offline_access'];
export const DEFAULT_AUTHORIZATION_HEADER = 'flyte-authorization';
