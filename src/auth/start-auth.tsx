import type { ComponentType, PropsWithChildren } from 'react';
import type { AuthBridge } from '../api/admin-client';
import { isAuthStepPath } from '../config/paths';
import type { ConsoleConfig } from '../config/config-types';
import { createAuthServices } from './session/auth-services';
import { createAuthShell, createNoAuthShell } from './ui/auth-shell';
import { createAuthBridge } from './session/bridge';
import { createDiscoveryErrorShell } from './diagnostics/discovery-error-shell';
import { resolveAuth } from './discovery/resolve-auth';
import type { AuthResolution, AuthServices, OAuthResolution } from './types';
import { saveBootSnapshot } from './discovery/boot-snapshot';
import { createUserManager } from './session/user-manager';
import './ui/auth.css';

export interface AuthStart {
  resolution: AuthResolution;
  /** Null when the console runs without sign-in. */
  bridge: AuthBridge | null;
  services: AuthServices | null;
  AuthShell: ComponentType<PropsWithChildren>;
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
    return { resolution, bridge: null, services: null, AuthShell: createNoAuthShell(resolution) };
  }
  if (resolution.kind === 'error') {
    // Sign-in cannot be set up: the error page, or the auth panel on /console/settings/auth (no session needed).
    return {
      resolution,
      bridge: null,
      services: null,
      AuthShell: createDiscoveryErrorShell(resolution, config),
    };
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
  services.renewer.start();
  return { resolution, bridge: createAuthBridge(services), services, AuthShell: createAuthShell(services) };
}
