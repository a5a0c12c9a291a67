import type { QueryClient } from '@tanstack/react-query';
import type { AuthServices } from '../types';

/**
 * Signs out everywhere the console can: forgets the user, cached data and stale sign-in state, tells the other
 * tabs, revokes tokens when the server has a revocation endpoint, then ends the IdP session (RP-initiated logout)
 * when there is an end-session endpoint. Resolves "local" when there is none: the caller shows /signed-out.
 */
export async function logout(
  services: AuthServices,
  queryClient: QueryClient,
): Promise<'end-session' | 'local'> {
  const { userManager, resolution, status, tabs } = services;
  const user = await userManager.getUser();
  status.update({ signedOut: true, signedInElsewhere: false, expired: null, offline: false });
  queryClient.clear();
  if (user && resolution.metadata.revocation_endpoint) {
    try {
      await userManager.revokeTokens();
    } catch {
      // Best effort: an unreachable revocation endpoint must not keep the person signed in here.
    }
  }
  await userManager.removeUser();
  // Every pending sign-in state goes too (PKCE verifiers, return URLs), not only the expired ones that
  // clearStaleState would drop: nothing of this session may outlive the sign-out in this browser.
  const states = userManager.settings.stateStore;
  for (const key of await states.getAllKeys()) await states.remove(key);
  tabs.post({ type: 'signed-out' });
  if (!resolution.metadata.end_session_endpoint) return 'local';
  await userManager.signoutRedirect({
    id_token_hint: user?.id_token,
    post_logout_redirect_uri: userManager.settings.post_logout_redirect_uri,
  });
  return 'end-session';
}
