import { exchange, jsonObject, noAnswer } from './probe-http';
import { nonEmpty, type JsonObject } from '../values';
import { verdict, type DiagnosticsTarget, type FetchLike, type ProbeResult } from './probe-types';

export interface DiscoveryOutcome {
  result: ProbeResult;
  /** The document, when it is usable OAuth metadata. */
  metadata: JsonObject | null;
  /** auto mode: the admin answered "auth off" (501/404), so the console runs without sign-in. */
  authOff: boolean;
}

const ISSUER_PATHS =
  'use the exact issuer path (Keycloak ".../realms/<name>", Okta ".../oauth2/default", Entra ".../<tenant>/v2.0") and check auth.metadataUrl';

function failure(summary: string, fix: string): DiscoveryOutcome {
  return { result: verdict('discovery', 'failure', summary, fix), metadata: null, authOff: false };
}

/** Is the discovery document there, readable from this origin, and OAuth metadata in snake_case? */
export async function probeDiscovery(
  target: DiagnosticsTarget,
  fetchImpl: FetchLike,
): Promise<DiscoveryOutcome> {
  const url = target.discoveryUrl;
  if (!url) {
    return {
      result: verdict('discovery', 'skipped', 'Skipped: auth.mode is "none".'),
      metadata: null,
      authOff: true,
    };
  }
  const fromAdmin = target.mode !== 'external';
  const answer = await exchange(fetchImpl, url, { headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    const fix = !answer.answered
      ? `Check that ${new URL(url).origin} is the right address and is reachable from this browser.`
      : fromAdmin
        ? `Add ${target.origin} to flyteadmin's CORS allowedOrigins (server.security.allowedOrigins).`
        : `Allow ${target.origin} at the IdP (Keycloak Web origins, Okta Trusted Origins, Entra SPA platform), or ${ISSUER_PATHS}: an error page without CORS headers looks the same.`;
    return failure(`${noAnswer(url, answer, target.origin)} (${answer.message})`, fix);
  }
  const { status } = answer.response;
  if (fromAdmin && (status === 501 || status === 404)) {
    const summary = `${url} answered HTTP ${status}: the admin runs without authentication.`;
    if (target.mode === 'auto') {
      return {
        result: verdict('discovery', 'pass', `${summary} The console runs without sign-in.`),
        metadata: null,
        authOff: true,
      };
    }
    return failure(
      summary,
      'Turn authentication on at the admin (server.security.useAuth), or set auth.mode to "auto" or "none".',
    );
  }
  if (!answer.response.ok) {
    const fix =
      status === 404
        ? `Nothing at this path: ${ISSUER_PATHS}.`
        : status === 401 || status === 403
          ? 'Make the discovery document public: it is fetched before anyone is signed in.'
          : 'The server failed to answer: check its logs.';
    return failure(`${url} answered HTTP ${status}.`, fix);
  }
  const body = await jsonObject(answer.response);
  if (!body)
    return failure(
      `${url} did not answer a JSON object (an HTML page?).`,
      `This is not a discovery document: ${ISSUER_PATHS}.`,
    );
  if (!nonEmpty(body.authorization_endpoint) && nonEmpty(body.authorizationEndpoint)) {
    return failure(
      `${url} answered with camelCase keys (authorizationEndpoint), which OAuth clients do not read.`,
      'A proxy changed the Accept header: grpc-gateway answers snake_case only for exactly "Accept: application/json", so pass that header through unchanged.',
    );
  }
  const missing = ['issuer', 'authorization_endpoint', 'token_endpoint'].filter(
    (key) => !nonEmpty(body[key]),
  );
  if (missing.length > 0) {
    return failure(
      `${url} has no ${missing.join(', ')}.`,
      `This is not OAuth 2.0 / OpenID Connect metadata: ${ISSUER_PATHS}.`,
    );
  }
  return {
    result: verdict(
      'discovery',
      'pass',
      `${url} answered HTTP ${status} with issuer ${String(body.issuer)}.`,
    ),
    metadata: body,
    authOff: false,
  };
}
