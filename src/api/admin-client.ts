import { ApiError, kindForStatus } from './api-error';

/**
 * What the admin client needs from the auth layer. The auth layer implements it around the single UserManager,
 * so tokens never pass through components.
 */
export interface AuthBridge {
  /** Header that carries "Bearer <token>" (flyteadmin's authorization_metadata_key). */
  headerName: string;
  /** The current access token, or null when there is none. */
  getAccessToken(): Promise<string | null>;
  /**
   * Renews the session once (concurrent callers share one renewal); resolves to the new token or null.
   * `rejectedToken` is the token the admin refused, so a renewal that already replaced it is not repeated.
   */
  renew(rejectedToken?: string | null): Promise<string | null>;
  /** Called when a request is still 401 after a renew and a retry. */
  onSessionExpired(): void;
}

export interface AdminClientOptions {
  /** flyteadmin origin; "" = same origin as the console. */
  baseUrl: string;
  /** Null when the console runs without auth (auth.mode "none" or auth off at the admin). */
  auth: AuthBridge | null;
  fetchImpl?: typeof fetch;
  /** How long one request may wait for an answer before it is abandoned [30 s]. */
  timeoutMs?: number;
}

/** An unanswered request must end in an error with Retry, never in a spinner that waits forever. */
const ADMIN_TIMEOUT_MS = 30_000;

interface AdminRequestInit {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: URLSearchParams | Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

export type AdminFetch = (path: string, init?: AdminRequestInit) => Promise<unknown>;

function buildUrl(baseUrl: string, path: string, query: AdminRequestInit['query']): string {
  const url = new URL(`${baseUrl}${path}`, window.location.origin);
  if (query instanceof URLSearchParams) {
    query.forEach((value, key) => url.searchParams.append(key, value));
  } else if (query) {
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(key, String(value));
  }
  // flyteadmin splits filters on '+', and URLSearchParams encodes '+' as %2B already; spaces must stay %20.
  return url.toString().replace(/\+/g, '%20');
}

async function readServerMessage(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
      return body.message;
    }
  } catch {
    // Not JSON: the status alone has to do.
  }
  return undefined;
}

/**
 * One client for every admin call: exact `Accept: application/json` (flyteadmin then answers snake_case),
 * the token in the admin's header, 401 -> one renew -> one retry -> session expired, typed errors.
 */
export function createAdminFetch({
  baseUrl,
  auth,
  fetchImpl,
  timeoutMs = ADMIN_TIMEOUT_MS,
}: AdminClientOptions): AdminFetch {
  const doFetch = fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(url: string, init: AdminRequestInit, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && token) headers[auth.headerName] = `Bearer ${token}`;
    // One controller for both reasons to stop: the caller's signal (a view that went away) and the time-out.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forward = () => controller.abort();
    if (init.signal?.aborted) controller.abort();
    init.signal?.addEventListener('abort', forward);
    try {
      return await doFetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
        // On one origin (flyte-core's ingress, flyte-binary) the browser would send flyteadmin's login cookies,
        // and an ID-token cookie wins over this request's header (flyteadmin/auth/handlers.go:362-386): the call
        // would then be the cookie's, outliving sign-out and failing with 401s no renewal fixes once it expires.
        credentials: 'omit',
      });
    } catch (error) {
      if (timedOut) {
        throw new ApiError({
          status: 0,
          kind: 'timeout',
          url,
          message: `No answer from ${url} within ${Math.round(timeoutMs / 1000)} s`,
        });
      }
      if (init.signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) throw error;
      throw new ApiError({ status: 0, kind: 'offline', url, message: `Network error: ${String(error)}` });
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', forward);
    }
  }

  return async function adminFetch(path, init = {}) {
    const url = buildUrl(baseUrl, path, init.query);
    const token = auth ? await auth.getAccessToken() : null;
    let response = await send(url, init, token);
    if (response.status === 401 && auth) {
      const renewed = await auth.renew(token);
      if (renewed) response = await send(url, init, renewed);
      if (response.status === 401) {
        auth.onSessionExpired();
      }
    }
    if (!response.ok) {
      const serverMessage = await readServerMessage(response);
      const kind = response.status === 401 && !auth ? 'auth-required' : kindForStatus(response.status);
      throw new ApiError({
        status: response.status,
        kind,
        url,
        serverMessage,
        message: `${init.method ?? 'GET'} ${path} failed with HTTP ${response.status}${serverMessage ? `: ${serverMessage}` : ''}`,
      });
    }
    if (response.status === 204) return null;
    const text = await response.text();
    if (text === '') return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError({
        status: response.status,
        kind: 'bad-response',
        url,
        message: `${path} did not answer JSON`,
      });
    }
  };
}
