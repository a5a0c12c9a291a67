import type { User } from 'oidc-client-ts';
import type { AuthServices } from '../types';
import type { ProbeSession } from './probe-types';

/**
 * The session as the probes see it. The token is read from the UserManager only when a probe sends it to the
 * admin (renewed first if it has expired), so no component holds it.
 */
export function probeSessionOf(services: AuthServices, user: User | null | undefined): ProbeSession | null {
  if (!user) return null;
  return {
    async accessToken() {
      const current = await services.userManager.getUser();
      if (!current) return null;
      if (!current.expired) return current.access_token;
      const renewed = await services.renewer.renew(current.access_token).catch(() => null);
      return renewed?.access_token ?? null;
    },
    adminUrl: services.resolution.adminUrl,
    headerName: services.resolution.headerName,
    refreshTokenHeld: Boolean(user.refresh_token),
    requestedScopes: services.resolution.scopes,
    grantedScopes: (user.scope ?? '').split(' ').filter(Boolean),
  };
}
