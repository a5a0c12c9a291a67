import type { AuthBridge } from '../../api/admin-client';
import { ApiError } from '../../api/api-error';
import type { AuthServices } from '../types';
import { RenewError } from '../renew/renewer';

/**
 * The admin client's view of the session: the current token, one shared renewal on 401, and the
 * "Session expired" dialog when a renewed token is refused too. Tokens stay inside this file and the UserManager.
 */
export function createAuthBridge(services: AuthServices): AuthBridge {
  const { userManager, renewer, status, resolution } = services;

  async function renew(rejectedToken?: string | null): Promise<string | null> {
    try {
      const user = await renewer.renew(rejectedToken);
      return user?.access_token ?? null;
    } catch (error) {
      if (error instanceof RenewError && error.kind === 'offline') {
        // Not "signed out": the request fails as unreachable and the session stays.
        throw new ApiError({
          status: 0,
          kind: 'offline',
          url: String(resolution.metadata.token_endpoint ?? resolution.issuer),
          message: `The sign-in server could not be reached to renew the session: ${error.message}`,
        });
      }
      return null;
    }
  }

  return {
    headerName: resolution.headerName,
    async getAccessToken() {
      const user = await userManager.getUser();
      if (!user) return null;
      if (!user.expired) return user.access_token;
      // Known to be expired: renew first instead of collecting a 401.
      return (await renew(user.access_token)) ?? user.access_token;
    },
    renew,
    onSessionExpired() {
      void userManager.getUser().then((user) => {
        // No user means a clean sign-in is already under way (the grant was gone).
        if (user && !status.get().signedOut) {
          status.update({ expired: { reason: 'The admin refused the renewed session (HTTP 401).' } });
        }
      });
    },
  };
}
