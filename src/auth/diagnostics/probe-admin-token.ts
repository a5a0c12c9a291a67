import { exchange, jsonObject, noAnswer } from './probe-http';
import { nonEmpty } from '../values';
import {
  NOT_SIGNED_IN,
  verdict,
  type DiagnosticsTarget,
  type FetchLike,
  type ProbeResult,
  type ProbeSession,
} from './probe-types';

/** The claims that decide flyteadmin's verdict (aud, scp, iss), for the message only; never the token itself. */
function describeClaims(token: string): string {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part.padEnd(Math.ceil(part.length / 4) * 4, '=')), (c) =>
      c.charCodeAt(0),
    );
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const show = (v: unknown) =>
      Array.isArray(v)
        ? v.join(', ')
        : v === undefined
          ? 'none'
          : typeof v === 'string'
            ? v
            : JSON.stringify(v);
    return ` The token has aud: ${show(claims.aud)}; scp: ${show(claims.scp ?? claims.scope)}; iss: ${show(claims.iss)}.`;
  } catch {
    return ' The token is not a JWT, so flyteadmin cannot validate it.';
  }
}

function unauthorizedFix(message: string): string {
  if (/audience/i.test(message)) {
    return "Add the token's audience to flyteadmin's allowedAudience (appAuth.externalAuthServer.allowedAudience), or make the IdP issue tokens for the admin's public URL.";
  }
  if (/scope/i.test(message)) {
    return 'Make the server put scope "all" in the token\'s scp claim and request it in auth.scopes.';
  }
  return 'Check that the token\'s audience is flyteadmin\'s public URL or in allowedAudience, that its scp holds "all", and that flyteadmin trusts its issuer (externalAuthServer.baseUrl).';
}

/**
 * Does the admin accept the console's token? One cheap data call (GET /api/v1/projects?limit=1) with the token
 * in the configured header. Without sign-in (auth off) the same call goes out anonymously.
 */
export async function probeAdminToken(
  target: DiagnosticsTarget,
  session: ProbeSession | null,
  authOff: boolean,
  fetchImpl: FetchLike,
): Promise<ProbeResult> {
  if (!session && !authOff) return verdict('admin-token', 'skipped', NOT_SIGNED_IN);
  const token = session ? await session.accessToken() : null;
  if (session && !token) return verdict('admin-token', 'skipped', NOT_SIGNED_IN);
  // The token goes only where the session's own configuration sends it (see ProbeSession).
  const adminUrl = session ? session.adminUrl : target.adminUrl;
  const url = `${adminUrl}/api/v1/projects?limit=1`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token && session) headers[session.headerName] = `Bearer ${token}`;
  const answer = await exchange(fetchImpl, url, { headers });
  if (!answer.ok) {
    return verdict(
      'admin-token',
      'failure',
      noAnswer(url, answer, target.origin),
      'See "Admin CORS for the token header": the admin must allow this origin and the header.',
    );
  }
  const { status } = answer.response;
  const message = nonEmpty((await jsonObject(answer.response))?.message) ?? '';
  const said = `GET ${url} answered HTTP ${status}${message ? `: "${message}"` : ''}.`;
  if (answer.response.ok) {
    return verdict(
      'admin-token',
      'pass',
      token ? `${said} The admin accepts the console's token.` : `${said} The admin needs no sign-in.`,
    );
  }
  if (status === 401 && !token) {
    return verdict(
      'admin-token',
      'failure',
      `${said} The admin requires sign-in.`,
      'Set auth.mode to "auto" in config.json.',
    );
  }
  if (status === 401) {
    return verdict(
      'admin-token',
      'failure',
      `${said} The admin refused the token.${describeClaims(token ?? '')}`,
      unauthorizedFix(message),
    );
  }
  if (status === 403) {
    return verdict(
      'admin-token',
      'failure',
      `${said} The token is valid, but this identity is not allowed.`,
      "Grant this identity access in the admin's authorization policy; sign-in itself works.",
    );
  }
  return verdict('admin-token', 'failure', said, 'The admin failed to answer: check its logs.');
}
