/**
 * The stricter config.json rules (what a browser or the OAuth flow would otherwise get wrong silently). Each
 * returns a message for the config error page and the diagnostics panel, or null when the value is fine.
 */

/**
 * Authorize parameters oidc-client-ts builds itself. `extraQueryParams` is merged into the same query, so one of
 * these would override or duplicate PKCE, state, the redirect or the scopes; `prompt` would also replace the
 * `prompt=none` of a silent renew and turn every renewal into a visible login.
 */
const PROTOCOL_PARAMETERS = [
  'state',
  'nonce',
  'redirect_uri',
  'code_challenge',
  'code_challenge_method',
  'response_type',
  'client_id',
  'scope',
  'prompt',
];

export function protocolParameterProblem(name: string): string | null {
  const lower = name.toLowerCase();
  if (!PROTOCOL_PARAMETERS.includes(lower)) return null;
  if (lower === 'prompt')
    return `"${name}" cannot be set here: it would replace prompt=none in silent renewals (every renewal would become a visible sign-in)`;
  if (lower === 'scope') return `"${name}" cannot be set here; use auth.scopes`;
  if (lower === 'client_id') return `"${name}" cannot be set here; use auth.clientId`;
  return `"${name}" cannot be set here: the console sends it itself (state, nonce, PKCE and the redirect URI are per request)`;
}

/**
 * Request headers a browser refuses to let a script set (Fetch standard, "forbidden request-header"): fetch would
 * drop the token silently and every admin call would be anonymous.
 */
const FORBIDDEN_HEADERS = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

export function forbiddenHeaderProblem(name: string): string | null {
  const lower = name.toLowerCase();
  if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-'))
    return `"${name}" is a header browsers do not let a page set, so the token would never be sent; use "flyte-authorization" (flyteadmin's default) or "Authorization"`;
  return null;
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Plain http is only for this machine: elsewhere tokens and codes would cross the network in clear text. */
export function insecureUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || LOCAL_HOSTS.includes(url.hostname)) return null;
  return `uses plain http on ${url.host}: http is accepted only for localhost, 127.0.0.1 and [::1]; use https`;
}
