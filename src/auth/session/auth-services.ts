import type { User, UserManager } from 'oidc-client-ts';
import { checkIdToken } from '../sign-in/id-token';
import { createRenewer } from '../renew/renewer';
import type { AuthServices, OAuthResolution, SignInState } from '../types';
import { currentReturnUrl, safeReturnUrl } from '../sign-in/return-url';
import { createSessionStatus } from './session-status';
import { createTabSync, type TabSync } from './tab-sync';

export interface AuthServicesOptions {
  tabs?: TabSync;
  locks?: Pick<LockManager, 'request'> | null;
  navigate?: (url: string) => void;
  /** Back-off of scheduled renewals that found the sign-in server unreachable (renewer.ts). */
  offlineRetryDelaysMs?: readonly number[];
}

export function returnToOf(state: unknown): string {
  const returnTo =
    typeof state === 'object' && state !== null && 'returnTo' in state ? state.returnTo : undefined;
  return safeReturnUrl(returnTo);
}

/** oidc-client-ts 3.5 sends (and checks) a nonce only when given one: every OIDC request gets a fresh one. */
function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function createAuthServices(
  resolution: OAuthResolution,
  userManager: UserManager,
  options: AuthServicesOptions = {},
): AuthServices {
  const status = createSessionStatus();
  const tabs = options.tabs ?? createTabSync();
  let redirecting: Promise<void> | null = null;
  const oidc = resolution.scopes.includes('openid');
  const nonceArgs = () => (oidc ? { nonce: randomNonce() } : {});

  async function checkUser(user: User) {
    if (!user.id_token) return;
    try {
      checkIdToken(user.id_token, { issuer: resolution.issuer, clientId: resolution.clientId });
    } catch (error) {
      await userManager.removeUser();
      throw error;
    }
  }

  const renewer = createRenewer(userManager, {
    validate: checkUser,
    locks: options.locks,
    silentArgs: nonceArgs,
    offlineRetryDelaysMs: options.offlineRetryDelaysMs,
    onGiveUp: () => status.update({ offline: true, renewalStopped: true }),
    onResult(result) {
      if (result.ok) status.update({ offline: false, renewalStopped: false });
      else if (result.error.kind === 'offline') status.update({ offline: true });
      // The grant is gone (revoked, expired refresh token) or renewal failed: the "Session expired" dialog signs
      // in again in a popup, so the screen and anything typed stay. Dropping the user here would make the gate
      // redirect, reloading the whole page.
      else status.update({ expired: { reason: result.error.message } });
    },
  });

  // Any user loaded after a sign-out (callback, popup, a session adopted from another tab) ends "signed out": the
  // store follows the UserManager instead of every sign-in path resetting it. A renewal that was already running
  // when another tab signed out does not count: that sign-out must still hold here.
  const onUserLoaded = () => {
    if (!renewer.busy()) status.update({ signedOut: false, signedInElsewhere: false });
  };
  userManager.events.addUserLoaded(onUserLoaded);

  function signIn(returnTo = currentReturnUrl()): Promise<void> {
    // One redirect at a time: a second caller (the gate after boot started it) waits on the same one.
    if (redirecting) return redirecting;
    const state: SignInState = { returnTo: safeReturnUrl(returnTo) };
    // Resolves only when the browser comes back to this very page (back button, bfcache).
    redirecting = userManager.signinRedirect({ state, ...nonceArgs() }).finally(() => {
      redirecting = null;
    });
    return redirecting;
  }

  async function reauthenticate() {
    const state: SignInState = { returnTo: currentReturnUrl() };
    try {
      const user = await userManager.signinPopup({ state, ...nonceArgs() });
      await checkUser(user);
    } catch (error) {
      // window.open returned nothing (blocked): fall back to a redirect that comes back to this URL.
      if (error instanceof Error && /disposed window/.test(error.message)) return signIn(state.returnTo);
      throw error;
    }
    status.update({ expired: null, offline: false, renewalStopped: false });
    tabs.post({ type: 'signed-in' });
  }

  return {
    resolution,
    userManager,
    status,
    tabs,
    renewer,
    signIn,
    reauthenticate,
    checkUser,
    navigate: options.navigate ?? ((url) => window.location.assign(url)),
    dispose() {
      userManager.events.removeUserLoaded(onUserLoaded);
      renewer.stop();
      tabs.close();
    },
  };
}
