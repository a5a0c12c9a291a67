import { isAdminServer } from '../discovery/documents';
import { exchange, jsonObject, noAnswer } from './probe-http';
import { nonEmpty, type JsonObject } from '../values';
import { verdict, type DiagnosticsTarget, type FetchLike, type ProbeResult } from './probe-types';

/** A verifier of legal length (43 chars) for a code that does not exist: the server must refuse the grant. */
const VERIFIER = 'console-diagnostics-not-a-real-code-verifier';

/**
 * Can this origin read the token endpoint's answers? The code exchange and every refresh are cross-origin POSTs
 * from the browser. The probe posts a deliberately invalid authorization code: any HTTP answer the browser lets
 * the console read (normally 400 invalid_grant) proves CORS; a TypeError means CORS blocked it or no answer came.
 * `invalid_client` is reported too: it means the console's client id is not registered there.
 */
export async function probeTokenCors(
  target: DiagnosticsTarget,
  metadata: JsonObject,
  fetchImpl: FetchLike,
): Promise<ProbeResult> {
  const url = nonEmpty(metadata.token_endpoint) ?? '';
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: 'console-diagnostics-invalid-code',
    redirect_uri: target.redirectUri,
    client_id: target.clientId,
    code_verifier: VERIFIER,
  });
  const answer = await exchange(fetchImpl, url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: body.toString(),
  });
  if (!answer.ok) {
    const where = isAdminServer(metadata, target.adminUrl)
      ? "flyteadmin's CORS allowedOrigins"
      : 'the IdP (Keycloak Web origins, Okta Trusted Origins, Entra: register the URI under "Single-page application")';
    return verdict(
      'token-cors',
      'failure',
      `${noAnswer(url, answer, target.origin)} Sign-in cannot exchange its code, and renewals fail.`,
      answer.answered
        ? `Allow ${target.origin} in ${where}.`
        : `Check that ${new URL(url).origin} is reachable from this browser (and listed in the Content-Security-Policy's connect-src).`,
    );
  }
  const { status } = answer.response;
  const error = nonEmpty((await jsonObject(answer.response))?.error);
  const seen = `A test POST with an invalid code got HTTP ${status}${error ? ` ${error}` : ''}, readable from ${target.origin}.`;
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return verdict(
      'token-cors',
      'failure',
      `${seen} CORS works, but the server does not accept client "${target.clientId}" for this grant.`,
      `Register "${target.clientId}" at the server as a public client with the authorization_code and refresh_token grants (or set auth.clientId to the registered id).`,
    );
  }
  if (status >= 500) {
    return verdict(
      'token-cors',
      'warning',
      `${seen} CORS works, but the server failed.`,
      'Check the token endpoint server logs.',
    );
  }
  return verdict('token-cors', 'pass', `${seen} CORS works.`);
}
