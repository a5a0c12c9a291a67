// Switches and counters a test flips or reads to drive and observe a mock (IdP or admin).

export type GrantType = 'authorization_code' | 'refresh_token' | 'client_credentials';
/**
 * server_error: HTTP 500 with an OAuth error body; crash: HTTP 500 with none; network: no answer at all;
 * hang: the request is accepted and never answered (the client's time-out has to end it).
 */
export type TokenFault = 'invalid_grant' | 'server_error' | 'crash' | 'network' | 'hang';

export interface MockFaults {
  /** The next N /api/v1 (and /me) calls answer 401 whatever their token; decremented per call. */
  unauthorizedDataCalls: number;
  /** The next `count` token requests fail this way. */
  tokenError: { error: TokenFault; count: number } | null;
  /** Claims merged into the next id_token the IdP issues (e.g. another `aud` or `nonce`); then cleared. */
  idTokenClaims: Record<string, unknown> | null;
  /** /api/v1 paths starting with one of these answer 403 (grpc code 7) after authentication. */
  forbiddenPaths: string[];
  /** The next N /api/v1 calls fail at the network level (fetch rejects). */
  networkErrors: number;
  /** `jti`s of access tokens flyteadmin refuses as expired (see MockAdmin.expireIssuedTokens). */
  expiredTokenIds: string[];
}

export interface MockCounters {
  tokenRequests: Record<GrantType, number>;
  /** Every /api/v1 and /me request with the status it got; `search` is the raw query string as sent. */
  apiRequests: Array<{ method: string; path: string; search: string; status: number }>;
  userinfoRequests: number;
  revokedTokens: string[];
  /** Full URLs of end-session (RP-initiated logout) requests. */
  endSessionRequests: string[];
  discoveryRequests: number;
}

export interface MockControls {
  faults: MockFaults;
  counters: MockCounters;
  /** Fails the next `count` token requests with `error`. */
  failTokenRequests(error: TokenFault, count?: number): void;
  reset(): void;
}

export function createControls(): MockControls {
  const freshFaults = (): MockFaults => ({
    unauthorizedDataCalls: 0,
    tokenError: null,
    idTokenClaims: null,
    forbiddenPaths: [],
    networkErrors: 0,
    expiredTokenIds: [],
  });
  const freshCounters = (): MockCounters => ({
    tokenRequests: { authorization_code: 0, refresh_token: 0, client_credentials: 0 },
    apiRequests: [],
    userinfoRequests: 0,
    revokedTokens: [],
    endSessionRequests: [],
    discoveryRequests: 0,
  });
  const controls: MockControls = {
    faults: freshFaults(),
    counters: freshCounters(),
    failTokenRequests(error, count = 1) {
      controls.faults.tokenError = { error, count };
    },
    reset() {
      controls.faults = freshFaults();
      controls.counters = freshCounters();
    },
  };
  return controls;
}

/** Consumes one injected token failure, if any. */
export function takeTokenFault(controls: MockControls): TokenFault | null {
  const fault = controls.faults.tokenError;
  if (!fault || fault.count <= 0) return null;
  fault.count -= 1;
  if (fault.count <= 0) controls.faults.tokenError = null;
  return fault.error;
}
