import { exchange, noAnswer } from './probe-http';
import { AUTH_OFF, verdict, type DiagnosticsTarget, type FetchLike, type ProbeResult } from './probe-types';

/**
 * Does the admin's CORS let this origin send the token header? A cross-origin request with a non-standard header
 * is preceded by a preflight; flyteadmin's default allows only Content-Type and flyte-authorization. A plain
 * request first tells an origin refusal apart from a header refusal. The header carries a dummy token.
 */
export async function probeAdminCors(
  target: DiagnosticsTarget,
  authOff: boolean,
  fetchImpl: FetchLike,
): Promise<ProbeResult> {
  if (authOff) return verdict('admin-cors', 'skipped', AUTH_OFF);
  if (new URL(target.adminUrl).origin === target.origin) {
    return verdict(
      'admin-cors',
      'pass',
      `The admin shares the console's origin (${target.origin}): no CORS involved.`,
    );
  }
  const url = `${target.adminUrl}/api/v1/projects?limit=1`;
  const plain = await exchange(fetchImpl, url, { headers: { Accept: 'application/json' } });
  if (!plain.ok) {
    return verdict(
      'admin-cors',
      'failure',
      noAnswer(url, plain, target.origin),
      plain.answered
        ? `Add ${target.origin} to flyteadmin's allowedOrigins (server.security.allowedOrigins).`
        : `Check adminUrl in config.json: ${target.adminUrl} must be reachable from this browser.`,
    );
  }
  const withHeader = await exchange(fetchImpl, url, {
    headers: { Accept: 'application/json', [target.headerName]: 'Bearer console-diagnostics' },
  });
  if (!withHeader.ok) {
    const alternative =
      target.headerName.toLowerCase() === 'flyte-authorization'
        ? ''
        : ", or remove auth.authorizationHeader so that the admin's own header (flyte-authorization) is used";
    return verdict(
      'admin-cors',
      'failure',
      `A request from ${target.origin} carrying the "${target.headerName}" header was refused by the admin's CORS preflight.`,
      `Add "${target.headerName}" to flyteadmin's allowedHeaders (server.security.allowedHeaders, keeping Content-Type and flyte-authorization)${alternative}.`,
    );
  }
  return verdict(
    'admin-cors',
    'pass',
    `A request from ${target.origin} carrying the "${target.headerName}" header passed the preflight (HTTP ${withHeader.response.status}).`,
  );
}
