import type { AuthMode } from '../../config/config-types';

/**
 * The auth diagnostics' vocabulary: what a probe checks against (the target, derived from config.json), what it
 * knows about the session (nothing when sign-in is broken), and the verdict it returns: a status, what was seen,
 * and the fix in one sentence.
 */
export type ProbeStatus = 'pass' | 'warning' | 'failure' | 'skipped';

export type ProbeId =
  | 'config'
  | 'discovery'
  | 'issuer'
  | 'pkce'
  | 'token-cors'
  | 'end-session'
  | 'refresh-token'
  | 'admin-token'
  | 'admin-cors'
  | 'redirect-uri';

const PROBE_TITLES: Record<ProbeId, string> = {
  config: 'config.json',
  discovery: 'Discovery document',
  issuer: 'Issuer consistency',
  pkce: 'PKCE (S256)',
  'token-cors': 'Token endpoint CORS',
  'end-session': 'Sign-out at the identity provider',
  'refresh-token': 'Refresh token',
  'admin-token': 'Admin accepts the token',
  'admin-cors': 'Admin CORS for the token header',
  'redirect-uri': 'Redirect URIs',
};

export interface ProbeResult {
  id: ProbeId;
  title: string;
  status: ProbeStatus;
  /** What was seen, for a person. */
  summary: string;
  /** How to fix it, in one sentence (failures and warnings). */
  fix?: string;
}

/** What the probes check, derived from config.json (never from a running session). */
export interface DiagnosticsTarget {
  mode: AuthMode;
  /** The console's own origin, e.g. https://flyte.example.com. */
  origin: string;
  /** flyteadmin's origin, absolute. */
  adminUrl: string;
  clientId: string;
  /** auth.issuer as configured (external mode). */
  configuredIssuer: string | undefined;
  /** The discovery document the console reads; null when auth.mode is "none". */
  discoveryUrl: string | null;
  headerName: string;
  redirectUri: string;
}

/**
 * The signed-in session, seen without handing tokens to components; null when nobody is signed in. It carries
 * where its token may go (the admin and header the session was created with at boot): a probe that sends the
 * token uses these, never a re-read config.json, which may name another host by now.
 */
export interface ProbeSession {
  accessToken(): Promise<string | null>;
  adminUrl: string;
  headerName: string;
  refreshTokenHeld: boolean;
  requestedScopes: string[];
  grantedScopes: string[];
}

export type FetchLike = typeof fetch;

export function verdict(id: ProbeId, status: ProbeStatus, summary: string, fix?: string): ProbeResult {
  return { id, title: PROBE_TITLES[id], status, summary, ...(fix ? { fix } : {}) };
}

export const NOT_SIGNED_IN = 'Skipped: not signed in.';
export const AUTH_OFF = 'Skipped: the console runs without sign-in.';
export const NO_DISCOVERY = 'Skipped: needs the discovery document, which could not be read.';
