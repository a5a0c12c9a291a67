import { consolePath, paths } from '../../config/paths';
import type { AuthResolutionError } from '../types';

/** Shown instead of the console when sign-in cannot be set up: the URL, the status and the likely cause. */
export function DiscoveryErrorPage({ resolution }: { resolution: AuthResolutionError }) {
  const { error } = resolution;
  return (
    <main className="page-message" aria-labelledby="discovery-error-title">
      <h1 id="discovery-error-title">The console cannot set up sign-in</h1>
      <p role="alert">{error.message}</p>
      <dl>
        <dt>URL</dt>
        <dd>
          <code>{error.url}</code>
        </dd>
        <dt>Status</dt>
        <dd>{error.status === 0 ? 'no answer' : `HTTP ${error.status}`}</dd>
        <dt>auth.mode</dt>
        <dd>{resolution.mode}</dd>
        <dt>Likely cause</dt>
        <dd>{error.hint}</dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          Retry
        </button>
        {/* A full page load: the login shell renders the auth panel on that path without a session. */}
        <a className="button secondary" href={consolePath(paths.authSettings())}>
          Check configuration
        </a>
      </div>
    </main>
  );
}
