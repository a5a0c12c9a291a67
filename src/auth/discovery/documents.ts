/**
 * Fetching discovery documents. flyteadmin's discovery routes go through grpc-gateway, which answers snake_case
 * only when `Accept` is exactly `application/json`, so every document is fetched here with that header and the
 * result is handed to oidc-client-ts (which would otherwise send its own Accept and get camelCase keys).
 */
import { isJsonObject, nonEmpty, type JsonObject } from '../values';

/** Why discovery failed, in words a deployer can act on. */
export type DiscoveryCause =
  'network' | 'auth-off' | 'http' | 'not-json' | 'not-metadata' | 'issuer-mismatch';

export class DiscoveryError extends Error {
  override readonly name = 'DiscoveryError';
  readonly url: string;
  /** HTTP status; 0 when no answer came back at all. */
  readonly status: number;
  readonly reason: DiscoveryCause;
  readonly hint: string;

  constructor(options: {
    url: string;
    status: number;
    cause: DiscoveryCause;
    message: string;
    hint: string;
  }) {
    super(options.message);
    this.url = options.url;
    this.status = options.status;
    this.reason = options.cause;
    this.hint = options.hint;
  }
}

export type FetchJsonResult = { ok: true; body: JsonObject } | { ok: false; status: number };

/**
 * GETs a JSON document with exactly `Accept: application/json`. A non-2xx answer comes back as `{ ok: false }`
 * (callers decide whether 501/404 mean "auth off"); no answer at all or a body that is not a JSON object throws
 * a DiscoveryError.
 */
export async function fetchJson(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchJsonResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    throw new DiscoveryError({
      url,
      status: 0,
      cause: 'network',
      message: `No answer from ${url}: ${error instanceof Error ? error.message : String(error)}`,
      hint:
        'The browser got no HTTP answer. Either the server is unreachable from this browser (wrong host, port or ' +
        'scheme, or it is down), or it refused the cross-origin request (CORS: the server must allow this ' +
        `console's origin, ${window.location.origin}).`,
    });
  }
  if (!response.ok) return { ok: false, status: response.status };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!isJsonObject(body)) {
    throw new DiscoveryError({
      url,
      status: response.status,
      cause: 'not-json',
      message: `${url} did not answer a JSON object.`,
      hint: 'This URL is probably not a discovery document: check the issuer and metadataUrl (a wrong path often returns an HTML page).',
    });
  }
  return { ok: true, body };
}

/** Throws a readable error for a non-2xx answer from a discovery URL. */
export function httpError(url: string, status: number): DiscoveryError {
  const hint =
    status === 404
      ? 'Nothing at this path: check the issuer path (e.g. Keycloak ".../realms/<name>", Okta ".../oauth2/default") and auth.metadataUrl.'
      : status === 401 || status === 403
        ? 'The server refused an anonymous request for its metadata; discovery documents must be public.'
        : status === 501
          ? 'The admin answered "not implemented": authentication is off there (server.security.useAuth is false).'
          : 'The server failed to answer; check its logs.';
  return new DiscoveryError({
    url,
    status,
    cause: status === 501 ? 'auth-off' : 'http',
    message: `${url} answered HTTP ${status}.`,
    hint,
  });
}

/** The standard endpoints the console needs; anything else is optional. */
export function requireMetadata(url: string, body: JsonObject): JsonObject {
  const has = (key: string) => typeof body[key] === 'string' && body[key] !== '';
  if (has('authorization_endpoint') && has('token_endpoint') && has('issuer')) return body;
  const camel = typeof body.authorizationEndpoint === 'string';
  throw new DiscoveryError({
    url,
    status: 200,
    cause: 'not-metadata',
    message: `${url} is missing issuer, authorization_endpoint or token_endpoint.`,
    hint: camel
      ? 'The answer has camelCase keys: something between the browser and flyteadmin changed the Accept header ' +
        '(grpc-gateway answers snake_case only for exactly "Accept: application/json").'
      : 'This is not an OAuth 2.0 / OpenID Connect discovery document: check the issuer and auth.metadataUrl.',
  });
}

/** Joins an issuer and a discovery path: relative paths are appended (keeping the issuer's own path). */
export function metadataUrlFor(issuer: string, metadataUrl: string): string {
  if (/^https?:\/\//i.test(metadataUrl)) return metadataUrl;
  return `${issuer.replace(/\/+$/, '')}/${metadataUrl.replace(/^\/+/, '')}`;
}

/** Issuers compare without a trailing slash (some IdPs add one in their metadata, config often omits it). */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

/** A document that may be missing or unreadable (an IdP's own discovery behind flyteadmin's trimmed copy). */
export async function optionalJson(url: string, fetchImpl: typeof fetch): Promise<JsonObject | undefined> {
  try {
    const result = await fetchJson(url, fetchImpl);
    return result.ok ? result.body : undefined;
  } catch {
    return undefined;
  }
}

/** flyteadmin's own authorization server (internal), as opposed to an external one whose metadata it passes on. */
export function isAdminServer(metadata: JsonObject, adminUrl: string): boolean {
  return (
    sameIssuer(nonEmpty(metadata.issuer) ?? '', adminUrl) ||
    (nonEmpty(metadata.token_endpoint) ?? '').startsWith(`${adminUrl}/oauth2/`)
  );
}
