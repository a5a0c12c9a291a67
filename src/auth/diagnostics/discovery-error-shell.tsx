import { lazy, Suspense, type ComponentType, type PropsWithChildren } from 'react';
import type { ConsoleConfig } from '../../config/config-types';
import { consolePath, routes } from '../../config/paths';
import type { AuthResolutionError } from '../types';
import { DiscoveryErrorPage } from '../pages/discovery-error-page';

// Loaded only when someone opens the panel: the login shell stays small.
const DiscoveryErrorSettings = lazy(async () => ({
  default: (await import('./discovery-error-settings')).DiscoveryErrorSettings,
}));

export const isAuthSettingsPath = (pathname: string) =>
  pathname.replace(/\/+$/, '') === consolePath(routes.authSettings);

/**
 * The AuthShell when discovery failed: no router and no session. Every path shows the discovery error page,
 * except /console/settings/auth, which shows the auth panel with its checks (the error page links there).
 */
export function createDiscoveryErrorShell(
  resolution: AuthResolutionError,
  config: ConsoleConfig,
): ComponentType<PropsWithChildren> {
  return function DiscoveryErrorShell() {
    if (!isAuthSettingsPath(window.location.pathname)) return <DiscoveryErrorPage resolution={resolution} />;
    return (
      <Suspense
        fallback={
          <main className="page-message">
            <p role="status">Loading the auth panel…</p>
          </main>
        }
      >
        <DiscoveryErrorSettings resolution={resolution} config={config} />
      </Suspense>
    );
  };
}
