import type { ConsoleConfig } from '../../config/config-types';
import { isAdminServer } from '../discovery/documents';
import { buildTarget } from './diagnostics-target';
import { probeAdminCors } from './probe-admin-cors';
import { probeAdminToken } from './probe-admin-token';
import { probeDiscovery } from './probe-discovery';
import { probeEndSession } from './probe-end-session';
import { probeIssuer } from './probe-issuer';
import { probePkce, probeRedirectUri, probeRefreshToken } from './probe-local';
import { probeTokenCors } from './probe-token-cors';
import {
  AUTH_OFF,
  NO_DISCOVERY,
  verdict,
  type FetchLike,
  type ProbeId,
  type ProbeResult,
  type ProbeSession,
} from './probe-types';

export interface DiagnosticsRun {
  config: ConsoleConfig;
  /** The console's origin; window.location.origin in the app. */
  origin: string;
  session: ProbeSession | null;
  fetchImpl?: FetchLike;
}

const crashed = (id: ProbeId, error: unknown) =>
  verdict(
    id,
    'failure',
    `The check itself failed: ${error instanceof Error ? error.message : String(error)}`,
  );

const METADATA_PROBES: ProbeId[] = ['issuer', 'pkce', 'token-cors', 'end-session'];

/**
 * Runs every check for the configuration: discovery first (the others read its document), then the rest side by
 * side. Checks that cannot run say why (no document, not signed in, sign-in off). Never throws: a probe that
 * crashes is reported as a failure of that probe.
 */
export async function runDiagnostics(run: DiagnosticsRun): Promise<ProbeResult[]> {
  const fetchImpl = run.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const target = await buildTarget(run.config, run.origin, fetchImpl);
  const discovery = await probeDiscovery(target, fetchImpl).catch((error: unknown) => ({
    result: crashed('discovery', error),
    metadata: null,
    authOff: false,
  }));
  const { metadata, authOff } = discovery;
  const guard = (id: ProbeId, probe: () => Promise<ProbeResult> | ProbeResult) =>
    Promise.resolve()
      .then(probe)
      .catch((error: unknown) => crashed(id, error));
  const skippedForMetadata = (id: ProbeId) => verdict(id, 'skipped', authOff ? AUTH_OFF : NO_DISCOVERY);
  const internal = metadata ? isAdminServer(metadata, target.adminUrl) : target.mode !== 'external';
  const rest = await Promise.all([
    ...METADATA_PROBES.map((id) => {
      if (!metadata) return skippedForMetadata(id);
      if (id === 'issuer') return guard(id, () => probeIssuer(target, metadata, fetchImpl));
      if (id === 'pkce') return guard(id, () => probePkce(metadata));
      if (id === 'token-cors') return guard(id, () => probeTokenCors(target, metadata, fetchImpl));
      return guard(id, () => probeEndSession(target, metadata, fetchImpl));
    }),
    authOff ? verdict('refresh-token', 'skipped', AUTH_OFF) : probeRefreshToken(run.session, internal),
    guard('admin-token', () => probeAdminToken(target, run.session, authOff, fetchImpl)),
    guard('admin-cors', () => probeAdminCors(target, authOff, fetchImpl)),
    authOff ? verdict('redirect-uri', 'skipped', AUTH_OFF) : probeRedirectUri(target),
  ]);
  return [discovery.result, ...rest];
}
