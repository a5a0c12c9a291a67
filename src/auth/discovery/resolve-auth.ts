import type { ConsoleConfig } from '../../config/config-types';
import { fromAdmin } from './from-admin';
import type { AuthResolution } from '../types';
import { DiscoveryError } from './documents';
import { fromIssuer } from './from-issuer';

/** Resolves auth.mode into a concrete setup; discovery failures come back as `kind: "error"`, never thrown. */
export async function resolveAuth(
  config: ConsoleConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<AuthResolution> {
  const adminUrl = config.adminUrl || window.location.origin;
  const { mode } = config.auth;
  if (mode === 'none') return { kind: 'none', mode, reason: 'config', adminUrl };
  try {
    return mode === 'external'
      ? await fromIssuer(config, adminUrl, fetchImpl)
      : await fromAdmin(config, adminUrl, fetchImpl);
  } catch (error) {
    if (error instanceof DiscoveryError) return { kind: 'error', mode, error };
    throw error;
  }
}
