import { isJsonObject, type JsonObject } from '../values';
import type { FetchLike } from './probe-types';

/**
 * One HTTP exchange for a probe. A browser hides why a cross-origin request failed (CORS refusal, DNS, refused
 * connection and a Content-Security-Policy block all look like a TypeError), so a failed request is followed by
 * an opaque `no-cors` GET: when that one resolves, the server did answer and only CORS stood in the way.
 */
export type Exchange = { ok: true; response: Response } | { ok: false; answered: boolean; message: string };

export async function exchange(fetchImpl: FetchLike, url: string, init: RequestInit = {}): Promise<Exchange> {
  try {
    return { ok: true, response: await fetchImpl(url, { credentials: 'omit', cache: 'no-store', ...init }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let answered = false;
    try {
      await fetchImpl(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
      answered = true;
    } catch {
      answered = false;
    }
    return { ok: false, answered, message };
  }
}

/** GET with exactly `Accept: application/json` (grpc-gateway then answers snake_case). */
export const getJson = (fetchImpl: FetchLike, url: string) =>
  exchange(fetchImpl, url, { headers: { Accept: 'application/json' } });

/** The body as a JSON object, or undefined (not JSON, an array, an HTML page). */
export async function jsonObject(response: Response): Promise<JsonObject | undefined> {
  try {
    const body: unknown = await response.json();
    return isJsonObject(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/** A sentence on why no answer could be read. */
export function noAnswer(url: string, result: { answered: boolean }, origin: string): string {
  return result.answered
    ? `${url} answered, but without CORS headers that let ${origin} read it.`
    : `${url} could not be reached from this browser (wrong host, port or scheme, server down, or blocked).`;
}

/** Reads another server's discovery document (e.g. the IdP's own, behind flyteadmin's trimmed copy). */
export async function readDocument(
  fetchImpl: FetchLike,
  url: string,
): Promise<{ ok: true; body: JsonObject } | { ok: false; reason: string }> {
  const result = await getJson(fetchImpl, url);
  if (!result.ok) {
    return { ok: false, reason: result.answered ? 'no CORS headers for this origin' : 'no answer' };
  }
  if (!result.response.ok) return { ok: false, reason: `HTTP ${result.response.status}` };
  const body = await jsonObject(result.response);
  return body ? { ok: true, body } : { ok: false, reason: 'not a JSON object' };
}
