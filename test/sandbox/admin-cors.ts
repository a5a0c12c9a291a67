import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * flyteadmin's default CORS (gorilla/handlers with allowCredentials, allowed origins = the console origin here,
 * allowed headers only Content-Type and flyte-authorization). A preflight that asks for any other header (such
 * as Authorization) gets 403 without CORS headers, a disallowed method 405; a preflight from another origin gets
 * 200 without CORS headers. Returns true when the request was a preflight and has been answered.
 */
export const CORS_ALLOWED_HEADERS = ['content-type', 'flyte-authorization'];
export const CORS_ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'];
/** Headers a browser may always send (gorilla treats these as allowed without configuration). */
const ALWAYS_ALLOWED = new Set(['accept', 'accept-language', 'content-language', 'origin']);

export function handleCors(req: IncomingMessage, res: ServerResponse, allowedOrigin: string): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) {
    if (origin === allowedOrigin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
    }
    return false;
  }
  if (origin !== allowedOrigin) {
    res.writeHead(200).end();
    return true;
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
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': method,
    Vary: 'Origin',
  };
  if (requested.length > 0) headers['Access-Control-Allow-Headers'] = requested.join(',');
  res.writeHead(200, headers).end();
  return true;
}
