import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * flyteadmin's default CORS: gorilla/handlers v1.5.1 (flyteadmin/go.mod:29) with AllowCredentials, allowed origins
 * `["*"]`, allowed headers `Content-Type` plus `flyte-authorization` and methods GET POST DELETE HEAD PUT PATCH
 * (flyteadmin/pkg/config/config.go:94-95, pkg/server/service.go:59,416-422). With `*` configured gorilla answers
 * `Access-Control-Allow-Origin: *` next to `Access-Control-Allow-Credentials: true`, a pair browsers refuse for
 * credentialed requests: a cross-origin console works only without credentials. A preflight asking for any other
 * header (such as Authorization) gets 403 without CORS headers, a disallowed method 405.
 * Returns true when the request was a preflight and has been answered.
 */
export const CORS_ALLOWED_HEADERS = ['content-type', 'flyte-authorization'];
export const CORS_ALLOWED_METHODS = ['GET', 'POST', 'DELETE', 'HEAD', 'PUT', 'PATCH'];
/** Headers a browser may always send (gorilla treats these as allowed without configuration). */
const ALWAYS_ALLOWED = new Set(['accept', 'accept-language', 'content-language', 'origin']);
/** gorilla's default methods, for which it sends no Access-Control-Allow-Methods. */
const SIMPLE_METHODS = new Set(['GET', 'HEAD', 'POST']);

export function handleCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (origin === undefined) return false;
  if (!preflight) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    return false;
  }
  const method = String(req.headers['access-control-request-method']).toUpperCase();
  if (!CORS_ALLOWED_METHODS.includes(method)) {
    res.writeHead(405).end();
    return true;
  }
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (requested.some((h) => !CORS_ALLOWED_HEADERS.includes(h) && !ALWAYS_ALLOWED.has(h))) {
    res.writeHead(403).end();
    return true;
  }
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
  };
  if (!SIMPLE_METHODS.has(method)) headers['Access-Control-Allow-Methods'] = method;
  if (requested.length > 0) headers['Access-Control-Allow-Headers'] = requested.join(',');
  res.writeHead(200, headers).end();
  return true;
}
