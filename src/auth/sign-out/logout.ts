import type { QueryClient } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import type { AuthServices } from '../types';
import { revokeTokens } from './revoke-tokens';

/** The `login_hint` claim of an id_token (Entra ID adds it as an optional claim); sent back as `logout_hint`. */
function loginHintOf(user: User | null): string | undefined {
  const hint = (user?.profile as Record<string, unknown> | undefined)?.login_hint;
  return typeof hint === 'string' && hint !== '' ? hint : undefined;
}

/** flyteadmin's `/logout` (flyteadmin/auth/handlers.go:509-529, v1.16.8): deletes its login cookies, 307s back. */
function adminLogoutUrl(adminUrl: string, postLogoutRedirect: string): string {
  return `${adminUrl}/logout?${new URLSearchParams({ redirect_url: postLogoutRedirect }).toString()}`;
}

/**
 * Signs out everywhere the console can: forgets the user, cached data and stale sign-in state, tells the other
 * tabs and revokes both tokens when the server has a revocation endpoint. Then it ends the server's session:
 * the internal server through flyteadmin's `/logout` (its login cookies would otherwise sign the person in again
 * without a question), an external IdP by RP-initiated logout with `state` and, when known, `logout_hint`.
 * Resolves "local" when neither exists: the caller shows /signed-out.
 */
export async function logout(
  services: AuthServices,
  queryClient: QueryClient,
): Promise<'end-session' | 'admin-logout' | 'local'> {
  const { userManager, resolution, status, tabs } = services;
  const user = await userManager.getUser();
  status.update({
    signedOut: true,
    signedInElsewhere: false,
    expired: null,
    offline: false,
    renewalStopped: false,
  });
  queryClient.clear();
  const revocationEndpoint = resolution.metadata.revocation_endpoint;
  // Best effort: an unreachable revocation endpoint must not keep the person signed in here.
  if (user && revocationEndpoint)
    await revokeTokens(user, { endpoint: revocationEndpoint, clientId: resolution.clientId });
  await userManager.removeUser();
  // Every pending sign-in state goes too (PKCE verifiers, return URLs), not only the expired ones that
  // clearStaleState would drop: nothing of this session may outlive the sign-out in this browser.
  const states = userManager.settings.stateStore;
  for (const key of await states.getAllKeys()) await states.remove(key);
  tabs.post({ type: 'signed-out' });
  const postLogout = userManager.settings.post_logout_redirect_uri ?? '';
  if (resolution.server === 'internal') {
    services.navigate(adminLogoutUrl(resolution.adminUrl, postLogout));
    return 'admin-logout';
  }
  if (!resolution.metadata.end_session_endpoint) return 'local';
  const logoutHint = loginHintOf(user);
  await userManager.signoutRedirect({
    id_token_hint: user?.id_token,
    post_logout_redirect_uri: postLogout,
    // oidc-client-ts sends `state` only when given state data; /console/signed-out completes it.
    state: { signedOut: true },
    // Explicit, so the authorize request's extraQueryParams (audience, ...) are not sent to end-session too.
    extraQueryParams: logoutHint ? { logout_hint: logoutHint } : {},
  });
  return 'end-session';
}
