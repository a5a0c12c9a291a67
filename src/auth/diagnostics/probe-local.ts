import { redirectUris } from '../session/user-manager';
import { stringList, type JsonObject } from '../values';
import {
  NOT_SIGNED_IN,
  verdict,
  type DiagnosticsTarget,
  type ProbeResult,
  type ProbeSession,
} from './probe-types';

/** The checks that need no request: PKCE in the metadata, the refresh token held, the redirect URIs' origin. */

export function probePkce(metadata: JsonObject): ProbeResult {
  const methods = stringList(metadata.code_challenge_methods_supported);
  if (methods.includes('S256')) {
    return verdict('pkce', 'pass', `code_challenge_methods_supported lists ${methods.join(', ')}.`);
  }
  if (methods.length === 0) {
    return verdict(
      'pkce',
      'warning',
      'The metadata does not advertise code_challenge_methods_supported; the console always sends an S256 challenge.',
      'Make sure PKCE with S256 is enabled for the client at the server (most servers support it without advertising it).',
    );
  }
  return verdict(
    'pkce',
    'failure',
    `code_challenge_methods_supported lists ${methods.join(', ')}, but not S256, which the console always uses.`,
    'Enable PKCE with the S256 method for the console client at the server.',
  );
}

const OFFLINE = ['offline', 'offline_access'];

export function probeRefreshToken(session: ProbeSession | null, internal: boolean): ProbeResult {
  if (!session) return verdict('refresh-token', 'skipped', NOT_SIGNED_IN);
  const requested = session.requestedScopes.filter((s) => OFFLINE.includes(s));
  if (session.refreshTokenHeld) {
    const granted =
      session.grantedScopes.length > 0 ? ` (scopes granted: ${session.grantedScopes.join(' ')})` : '';
    return verdict('refresh-token', 'pass', `A refresh token is held${granted}: renewals use it.`);
  }
  const summary =
    'No refresh token is held, so renewals fall back to a hidden iframe that needs third-party cookies and often fails.';
  if (requested.length === 0) {
    return verdict(
      'refresh-token',
      'warning',
      `${summary} The console did not ask for ${internal ? '"offline"' : '"offline_access"'}.`,
      internal
        ? 'Add "offline" to auth.scopes and to the console client\'s scopes in flyteadmin\'s staticClients.'
        : 'Add "offline_access" to auth.scopes (and allow offline access for the client at the IdP).',
    );
  }
  return verdict(
    'refresh-token',
    'warning',
    `${summary} The console asked for "${requested.join(' ')}", but the server issued none.`,
    'Allow the refresh_token grant for the console client at the server (Okta: "Refresh Token" grant; flyteadmin: grant_types of the static client).',
  );
}

const isLocalHost = (host: string) => ['localhost', '127.0.0.1', '[::1]'].includes(host);

export function probeRedirectUri(target: DiagnosticsTarget): ProbeResult {
  const uris = redirectUris(target.origin);
  const list = `${uris.redirect}, ${uris.silent}, ${uris.postLogout}`;
  const url = new URL(target.origin);
  if (url.protocol === 'https:' || isLocalHost(url.hostname)) {
    return verdict(
      'redirect-uri',
      'pass',
      `${url.protocol === 'https:' ? 'https' : 'http on localhost'}: register exactly ${list}.`,
    );
  }
  return verdict(
    'redirect-uri',
    'warning',
    `The console is served over plain http from ${url.host}: IdPs and flyteadmin accept http redirect URIs only for localhost, and browsers disable WebCrypto (needed for PKCE) there.`,
    'Serve the console over https and register the https redirect URIs.',
  );
}
