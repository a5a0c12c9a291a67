import { metadataUrlFor, sameIssuer } from '../discovery/documents';
import { isAdminServer } from '../discovery/documents';
import { readDocument } from './probe-http';
import { nonEmpty, type JsonObject } from '../values';
import { verdict, type DiagnosticsTarget, type FetchLike, type ProbeResult } from './probe-types';

/** Compares two issuers: equal, equal but for a trailing slash, or different. */
function compare(a: string, b: string): 'same' | 'slash' | 'different' {
  if (a === b) return 'same';
  return sameIssuer(a, b) ? 'slash' : 'different';
}

/**
 * Does the document's `issuer` match what the console expects? External: auth.issuer. flyteadmin's own server:
 * the admin URL (its public URL). Metadata flyteadmin passes on from an external server: that server's own
 * discovery must name the same issuer.
 */
export async function probeIssuer(
  target: DiagnosticsTarget,
  metadata: JsonObject,
  fetchImpl: FetchLike,
): Promise<ProbeResult> {
  const issuer = nonEmpty(metadata.issuer) ?? '';
  if (target.mode === 'external') {
    const configured = target.configuredIssuer ?? '';
    const match = compare(configured, issuer);
    if (match === 'same')
      return verdict('issuer', 'pass', `auth.issuer and the document both name ${issuer}.`);
    if (match === 'slash') {
      return verdict(
        'issuer',
        'warning',
        `auth.issuer "${configured}" and the document's issuer "${issuer}" differ only by a trailing slash.`,
        `Set auth.issuer to exactly "${issuer}": the console ignores the slash, but other token validators compare it byte for byte.`,
      );
    }
    return verdict(
      'issuer',
      'failure',
      `The document names issuer "${issuer}", but auth.issuer is "${configured}".`,
      `Set auth.issuer to exactly "${issuer}" (or fix the realm/tenant in it if the document is the wrong one).`,
    );
  }
  if (isAdminServer(metadata, target.adminUrl)) {
    const match = compare(target.adminUrl, issuer);
    if (match === 'same') {
      return verdict('issuer', 'pass', `flyteadmin's internal server names itself ${issuer}, the admin URL.`);
    }
    return verdict(
      'issuer',
      'warning',
      `flyteadmin's internal server names issuer "${issuer}", but the console reaches it at "${target.adminUrl}"${match === 'slash' ? ' (only a trailing slash differs)' : ''}.`,
      `Put the admin's public URL, ${target.adminUrl}, first in flyteadmin's authorizedUris so that its issuer and endpoints use it.`,
    );
  }
  const ownUrl = metadataUrlFor(issuer, '.well-known/openid-configuration');
  const own = await readDocument(fetchImpl, ownUrl);
  if (!own.ok) {
    return verdict(
      'issuer',
      'warning',
      `flyteadmin passes on the metadata of ${issuer}, but that server's own discovery (${ownUrl}) could not be read: ${own.reason}.`,
      `Allow ${target.origin} at the IdP (CORS) and make sure flyteadmin's externalAuthServer.baseUrl is the IdP's exact issuer.`,
    );
  }
  const ownIssuer = nonEmpty(own.body.issuer) ?? '';
  const match = compare(ownIssuer, issuer);
  if (match === 'same') {
    return verdict(
      'issuer',
      'pass',
      `flyteadmin's metadata and the IdP's own discovery (${ownUrl}) both name ${issuer}.`,
    );
  }
  return verdict(
    'issuer',
    match === 'slash' ? 'warning' : 'failure',
    `flyteadmin's metadata names issuer "${issuer}", but the IdP's own discovery (${ownUrl}) names "${ownIssuer}".`,
    `Set flyteadmin's externalAuthServer.baseUrl to exactly "${ownIssuer}".`,
  );
}
