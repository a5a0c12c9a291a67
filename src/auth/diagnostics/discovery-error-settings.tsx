import { consolePath, paths } from '../../config/paths';
import type { ConsoleConfig } from '../../config/config-types';
import type { AuthResolutionError } from '../types';
import { ConfiguredAuth } from './configured-auth';
import { DiagnosticsPanel } from './diagnostics-panel';
import { FlyteConfigSnippet, RedirectUriList } from './registration-info';

/**
 * /console/settings/auth while sign-in is broken: no session, no router, no layout. Shows what config.json
 * says, runs the checks that need no session at once, and keeps the registration details at hand.
 */
export function DiscoveryErrorSettings({
  resolution,
  config,
}: {
  resolution: AuthResolutionError;
  config: ConsoleConfig;
}) {
  const { error } = resolution;
  return (
    <main className="page-message auth-settings" aria-labelledby="page-title">
      <h1 id="page-title">Authentication settings</h1>
      <p role="alert">Sign-in cannot be set up: {error.message}</p>
      <p>Likely cause: {error.hint}</p>
      <ConfiguredAuth config={config} />
      <DiagnosticsPanel session={null} autoRun />
      <RedirectUriList />
      <FlyteConfigSnippet adminUrl={config.adminUrl || window.location.origin} />
      <p>
        <a href={consolePath(paths.home())}>Back to the console</a>
      </p>
    </main>
  );
}
