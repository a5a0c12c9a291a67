/**
 * Run-time switches and fault injection of one sandbox, shared by its servers. Tests drive them through
 * `sandbox.controls`; people through the admin's `/sandbox` page or `POST /sandbox/controls` (JSON patch).
 */
export type SandboxAuth = 'internal' | 'external' | 'none';
/** `hang`: the request is accepted and never answered (a stuck proxy or IdP). */
export type TokenFault = 'server_error' | 'invalid_grant' | 'hang';

export interface ControlState {
  readonly auth: SandboxAuth;
  /** Lifetime of newly issued access tokens, seconds (both the internal AS and the external IdP). */
  accessTokenTtl: number;
  /** Lifetime of newly issued refresh tokens, seconds. */
  refreshTokenTtl: number;
  /** The next N data calls (`/api/v1/*`) fail with `failDataStatus` whatever the token. */
  failDataCalls: number;
  /** 401 = unauthenticated (code 16, with WWW-Authenticate), 403 = permission denied (code 7). */
  failDataStatus: 401 | 403;
  /** The next N token requests (either provider) fail with `tokenFault`. */
  failTokenRequests: number;
  /** `server_error` = HTTP 500, `invalid_grant` = HTTP 400, `hang` = no answer until the client gives up. */
  tokenFault: TokenFault;
  /** Added latency on data calls (`/api/v1/*` and `/me`), milliseconds. */
  dataDelayMs: number;
  /**
   * Lifetime of the ID token inside the login cookie (`flyte_idt`) the internal server's sign-in sets, seconds.
   * The cookie itself is a session cookie, like flyteadmin's (flyteadmin/auth/cookie.go:61-76): it outlives its token.
   */
  loginCookieTtl: number;
}

/** Which credential authenticated a data request (flyteadmin/auth/handlers.go:362-386 for the cookie's precedence). */
export type Credential = 'authorization' | 'cookie' | 'flyte-authorization' | 'none';

export type ControlPatch = Partial<Omit<ControlState, 'auth'>>;

export interface SandboxStats {
  /** Token endpoint requests by grant_type (both providers, including injected failures). */
  tokenRequests: Record<string, number>;
  tokenRequestsTotal: number;
  /** Requests to data routes (`/api/v1/*` and `/me`), whatever their outcome. */
  dataRequests: number;
  /** Data requests answered 401/403 (missing/bad token, scope, injected faults). */
  rejectedDataRequests: number;
  /** Data requests per route path (`GET /api/v1/projects`). */
  dataRequestsByRoute: Record<string, number>;
  injectedDataFaults: number;
  injectedTokenFaults: number;
  /** Data requests by the credential the admin read (whether or not it was valid). */
  dataRequestsByCredential: Partial<Record<Credential, number>>;
  /** Data requests that arrived with a Cookie header. */
  dataRequestsWithCookies: number;
}

export interface SandboxControls {
  readonly auth: SandboxAuth;
  state(): ControlState;
  /** Applies a partial update (unknown keys and bad values throw) and returns the new state. */
  update(patch: ControlPatch): ControlState;
  setAccessTokenTtl(seconds: number): void;
  failNextDataCalls(count: number, status?: 401 | 403): void;
  failNextTokenRequests(count: number, fault?: TokenFault): void;
  setDataDelay(ms: number): void;
  stats(): SandboxStats;
  resetStats(): void;
  /** Faults off, delay 0, TTLs back to the start values, counters zero. */
  reset(): void;
}

/** The hooks the servers call; not meant for tests. */
export interface ControlHooks {
  takeDataFault(): 401 | 403 | undefined;
  takeTokenFault(): TokenFault | undefined;
  recordTokenRequest(grantType: string): void;
  recordDataRequest(route: string): void;
  recordRejectedDataRequest(): void;
  recordCredential(credential: Credential, withCookies: boolean): void;
}

const NUMERIC_KEYS = [
  'accessTokenTtl',
  'refreshTokenTtl',
  'failDataCalls',
  'failTokenRequests',
  'dataDelayMs',
  'loginCookieTtl',
] as const;

function emptyStats(): SandboxStats {
  return {
    tokenRequests: {},
    tokenRequestsTotal: 0,
    dataRequests: 0,
    rejectedDataRequests: 0,
    dataRequestsByRoute: {},
    injectedDataFaults: 0,
    injectedTokenFaults: 0,
    dataRequestsByCredential: {},
    dataRequestsWithCookies: 0,
  };
}

export function createControls(initial: {
  auth: SandboxAuth;
  accessTokenTtl: number;
  refreshTokenTtl: number;
}): SandboxControls & ControlHooks {
  const start = (): ControlState => ({
    auth: initial.auth,
    accessTokenTtl: initial.accessTokenTtl,
    refreshTokenTtl: initial.refreshTokenTtl,
    failDataCalls: 0,
    failDataStatus: 401,
    failTokenRequests: 0,
    tokenFault: 'server_error',
    dataDelayMs: 0,
    loginCookieTtl: 3600,
  });
  let state = start();
  let stats = emptyStats();

  const controls: SandboxControls & ControlHooks = {
    auth: initial.auth,
    state: () => ({ ...state }),
    update(patch) {
      if (typeof patch !== 'object' || patch === null)
        throw new TypeError('controls patch must be an object');
      const next = { ...state };
      for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
        if ((NUMERIC_KEYS as readonly string[]).includes(key)) {
          const min = key.endsWith('Ttl') ? 1 : 0;
          if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
            throw new TypeError(`${key} must be an integer >= ${min}`);
          }
          (next as Record<string, unknown>)[key] = value;
        } else if (key === 'failDataStatus') {
          if (value !== 401 && value !== 403) throw new TypeError('failDataStatus must be 401 or 403');
          next.failDataStatus = value;
        } else if (key === 'tokenFault') {
          if (value !== 'server_error' && value !== 'invalid_grant' && value !== 'hang') {
            throw new TypeError('tokenFault must be "server_error", "invalid_grant" or "hang"');
          }
          next.tokenFault = value;
        } else {
          throw new TypeError(`unknown control "${key}"`);
        }
      }
      state = next;
      return { ...state };
    },
    setAccessTokenTtl: (seconds) => void controls.update({ accessTokenTtl: seconds }),
    failNextDataCalls: (count, status = 401) =>
      void controls.update({ failDataCalls: count, failDataStatus: status }),
    failNextTokenRequests: (count, fault = 'server_error') =>
      void controls.update({ failTokenRequests: count, tokenFault: fault }),
    setDataDelay: (ms) => void controls.update({ dataDelayMs: ms }),
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = emptyStats();
    },
    reset: () => {
      state = start();
      stats = emptyStats();
    },
    takeDataFault() {
      if (state.failDataCalls <= 0) return undefined;
      state.failDataCalls -= 1;
      stats.injectedDataFaults += 1;
      return state.failDataStatus;
    },
    takeTokenFault() {
      if (state.failTokenRequests <= 0) return undefined;
      state.failTokenRequests -= 1;
      stats.injectedTokenFaults += 1;
      return state.tokenFault;
    },
    recordTokenRequest(grantType) {
      stats.tokenRequests[grantType] = (stats.tokenRequests[grantType] ?? 0) + 1;
      stats.tokenRequestsTotal += 1;
    },
    recordDataRequest(route) {
      stats.dataRequests += 1;
      stats.dataRequestsByRoute[route] = (stats.dataRequestsByRoute[route] ?? 0) + 1;
    },
    recordRejectedDataRequest() {
      stats.rejectedDataRequests += 1;
    },
    recordCredential(credential, withCookies) {
      stats.dataRequestsByCredential[credential] = (stats.dataRequestsByCredential[credential] ?? 0) + 1;
      if (withCookies) stats.dataRequestsWithCookies += 1;
    },
  };
  return controls;
}
