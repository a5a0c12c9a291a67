import type { AuthBridge } from '../api/admin-client';
import { isAuthStepPath, isCallbackPath } from '../config/paths';
import type { ConsoleConfig } from '../config/config-types';
import { createAuthServices } from './session/auth-services';
import { createAuthBridge } from './session/bridge';
import { resolveAuth } from './discovery/resolve-auth';
import type { AuthResolution, AuthServices, OAuthResolution } from './types';
import { saveBootSnapshot } from './discovery/boot-snapshot';
import { createUserManager } from './session/user-manager';
import { completeSignIn } from './sign-in/complete-sign-in';

export interface AuthStart {
  resolution: AuthResolution;
  /** Null when the console runs without sign-in. */
  bridge: AuthBridge | null;
  services: AuthServices | null;
}

/**
 * Resolves how this deployment signs in (config -> discovery), creates the one UserManager outside React, and
 * makes the session known before anything renders: an expired stored session is renewed first.
 */
export async function startAuth(
  config: ConsoleConfig,
  fetchImpl?: typeof fetch,
  known?: OAuthResolution,
): Promise<AuthStart> {
  const resolution = known ?? (await resolveAuth(config, fetchImpl));
  if (resolution.kind === 'none') {
    return { resolution, bridge: null, services: null };
  }
  if (resolution.kind === 'error') {
    // Sign-in cannot be set up: the shell shows the error page, or the auth panel on /console/settings/auth.
    return { resolution, bridge: null, services: null };
  }
  saveBootSnapshot({ config, resolution });
  const services = createAuthServices(resolution, createUserManager(resolution));
  if (!isAuthStepPath(window.location.pathname)) {
    const stored = await services.userManager.getUser();
    if (stored?.expired && stored.refresh_token) {
      await services.renewer.renew(stored.access_token).catch(() => undefined);
    } else if (stored?.expired) {
      await services.userManager.removeUser(); // nothing to renew with: the gate signs in afresh
    }
    // No session: leave for the authorization endpoint now rather than after the first view's code has loaded.
    // The gate asks for the same sign-in and gets this one (signIn is shared while it runs).
    if (!(await services.userManager.getUser())) void services.signIn();
  }
  // A sign-in response: the code exchange starts now, while the app's code loads; the callback page joins it.
  if (isCallbackPath(window.location.pathname)) void completeSignIn(services);
  services.renewer.start();
  return { resolution, bridge: createAuthBridge(services), services };
}
