import { metadataUrlFor } from '../discovery/documents';
import { isAdminServer } from '../discovery/documents';
import { readDocument } from './probe-http';
import { nonEmpty, type JsonObject } from '../values';
import { verdict, type DiagnosticsTarget, type FetchLike, type ProbeResult } from './probe-types';

const LOCAL_ONLY = 'Without it, "Sign out" ends the console session only; the IdP session stays.';

/**
 * Can "Sign out" end the session at the IdP (RP-initiated logout)? flyteadmin's copy of an external server's
 * metadata drops end_session_endpoint, so for that case the IdP's own discovery is read, as sign-out does.
 * A missing endpoint is a warning: sign-out still works locally.
 */
export async function probeEndSession(
  target: DiagnosticsTarget,
  metadata: JsonObject,
  fetchImpl: FetchLike,
): Promise<ProbeResult> {
  const direct = nonEmpty(metadata.end_session_endpoint);
  if (direct)
    return verdict('end-session', 'pass', `The discovery document has end_session_endpoint ${direct}.`);
  if (target.mode === 'external') {
    return verdict(
      'end-session',
      'warning',
      `The discovery document has no end_session_endpoint. ${LOCAL_ONLY}`,
      'Nothing to fix in the console; if the IdP offers RP-initiated logout, point auth.metadataUrl at the document that lists it.',
    );
  }
  if (isAdminServer(metadata, target.adminUrl)) {
    return verdict(
      'end-session',
      'warning',
      `flyteadmin's internal authorization server has no end-session endpoint. "Sign out" goes through ${target.adminUrl}/logout, which deletes flyteadmin's login cookies; the upstream IdP's own session stays.`,
      "Nothing to fix: this is expected with the internal server; the upstream login's own sign-out ends that session (route /logout to flyteadmin if a proxy sits in front of it).",
    );
  }
  const issuer = nonEmpty(metadata.issuer) ?? '';
  const ownUrl = metadataUrlFor(issuer, '.well-known/openid-configuration');
  const own = await readDocument(fetchImpl, ownUrl);
  if (!own.ok) {
    return verdict(
      'end-session',
      'warning',
      `flyteadmin drops end_session_endpoint from the IdP's metadata, and the IdP's own discovery (${ownUrl}) could not be read: ${own.reason}. ${LOCAL_ONLY}`,
      `Allow ${target.origin} at the IdP (CORS) so that the console can read ${ownUrl}.`,
    );
  }
  const endSession = nonEmpty(own.body.end_session_endpoint);
  if (endSession) {
    return verdict(
      'end-session',
      'pass',
      `flyteadmin drops it from its copy, but the IdP's own discovery (${ownUrl}) has end_session_endpoint ${endSession}.`,
    );
  }
  return verdict(
    'end-session',
    'warning',
    `Neither flyteadmin's metadata nor the IdP's own discovery (${ownUrl}) has an end_session_endpoint (Google has none). ${LOCAL_ONLY}`,
    'Nothing to fix in the console: this IdP does not offer RP-initiated logout.',
  );
}
