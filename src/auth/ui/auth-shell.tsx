import { useEffect, type ComponentType, type PropsWithChildren } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { AuthProvider } from 'react-oidc-context';
import { AuthRuntimeContext, useSessionStatus, type AuthRuntime } from '../session/auth-context';
import type { AuthServices } from '../types';
import type { AuthResolution } from '../types';
import { SessionExpiredDialog } from './session-expired-dialog';

/** Keeps this tab in step with the others: a sign-out anywhere signs out here; a sign-in elsewhere is offered. */
function TabSync({ services }: { services: AuthServices }) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      services.tabs.subscribe((message) => {
        if (message.type === 'signed-in') {
          services.status.update({ signedInElsewhere: true });
          return;
        }
        services.status.update({
          signedOut: true,
          signedInElsewhere: false,
          expired: null,
          offline: false,
          renewalStopped: false,
        });
        queryClient.clear();
        void services.userManager.removeUser();
      }),
    [services, queryClient],
  );
  return null;
}

function OfflineNotice({ services }: { services: AuthServices }) {
  const { offline, renewalStopped } = useSessionStatus(services);
  useEffect(() => {
    if (!offline) return;
    // Back online: renew now instead of waiting for the next retry (success clears the notice).
    const retry = () => {
      void services.userManager
        .getUser()
        .then((user) => user && services.renewer.renew(user.access_token).catch(() => undefined));
    };
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline, services]);
  if (!offline) return null;
  if (renewalStopped) {
    const retry = () =>
      void services.userManager
        .getUser()
        .then((user) => user && services.renewer.renew(user.access_token).catch(() => undefined));
    return (
      <div role="status" className="notice">
        The connection to the sign-in server failed: your session could not be renewed. You are still signed
        in until it expires.{' '}
        <button type="button" className="secondary" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div role="status" className="notice">
      The sign-in server cannot be reached to renew your session. You are still signed in; retrying.
    </div>
  );
}

/**
 * The provider around the router when sign-in is on: react-oidc-context's AuthProvider around the one
 * UserManager (callbacks are completed by the callback route only, never on other paths), the services for
 * routes, tab sync, and the session notices that sit over whatever is on screen.
 */
export function createAuthShell(services: AuthServices): ComponentType<PropsWithChildren> {
  const runtime: AuthRuntime = { resolution: services.resolution, services };
  return function AuthShell({ children }: PropsWithChildren) {
    return (
      <AuthProvider userManager={services.userManager} skipSigninCallback>
        <AuthRuntimeContext.Provider value={runtime}>
          <TabSync services={services} />
          {children}
          <OfflineNotice services={services} />
          <SessionExpiredDialog services={services} />
        </AuthRuntimeContext.Provider>
      </AuthProvider>
    );
  };
}

/** Without sign-in: only tells routes how auth was resolved (for the settings page). */
export function createNoAuthShell(resolution: AuthResolution): ComponentType<PropsWithChildren> {
  const runtime: AuthRuntime = { resolution, services: null };
  return function NoAuthShell({ children }: PropsWithChildren) {
    return <AuthRuntimeContext.Provider value={runtime}>{children}</AuthRuntimeContext.Provider>;
  };
}
