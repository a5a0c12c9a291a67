import { useAuth } from 'react-oidc-context';
import { ConsoleBuildRow } from '../../components/console-build-row';
import { useAuthRuntime } from '../session/auth-context';
import type { AuthServices } from '../types';
import { DiagnosticsPanel } from '../diagnostics/diagnostics-panel';
import { probeSessionOf } from '../diagnostics/probe-session';
import { FlyteConfigSnippet, RedirectUriList } from '../diagnostics/registration-info';
import { TokenExpiry } from '../diagnostics/token-expiry';

import { Row } from '../diagnostics/settings-row';
import { usePageTitle } from '../../components/page-title';

export { flyteConfigSnippet } from '../diagnostics/registration-info';

/**
 * /console/settings/auth: how this console signs in, what to register at the IdP, and "Check configuration".
 * Never shows a token. (When discovery fails, the login shell renders diagnostics/discovery-error-settings
 * on this path instead, without a session.)
 */
export function AuthSettingsPage() {
  const runtime = useAuthRuntime();
  const resolution = runtime?.resolution;
  usePageTitle('Auth settings');
  return (
    <section aria-labelledby="page-title" className="auth-settings">
      <h1 id="page-title">Authentication settings</h1>
      <dl>
        <ConsoleBuildRow />
      </dl>
      {runtime?.services ? (
        <OAuthSettings services={runtime.services} />
      ) : (
        <>
          <dl>
            <Row term="Mode">
              {resolution?.kind === 'none' && resolution.reason === 'admin'
                ? 'none (the admin runs without authentication)'
                : 'none (auth.mode is "none")'}
            </Row>
            {resolution && 'adminUrl' in resolution && <Row term="Admin">{resolution.adminUrl}</Row>}
          </dl>
          <DiagnosticsPanel session={null} />
        </>
      )}
    </section>
  );
}

function OAuthSettings({ services }: { services: AuthServices }) {
  const { resolution } = services;
  const user = useAuth().user;
  const m = resolution.metadata;
  return (
    <>
      <dl>
        <Row term="Mode">
          {resolution.mode} (
          {resolution.server === 'internal'
            ? "flyteadmin's internal authorization server"
            : 'external identity provider'}
          )
        </Row>
        <Row term="Issuer">{resolution.issuer}</Row>
        <Row term="Discovery">{resolution.discoveryUrls.join(', ')}</Row>
        <Row term="Authorization endpoint">{m.authorization_endpoint}</Row>
        <Row term="Token endpoint">{m.token_endpoint}</Row>
        <Row term="End-session endpoint">{m.end_session_endpoint ?? 'none (sign-out is local only)'}</Row>
        <Row term="Revocation endpoint">{m.revocation_endpoint ?? 'none'}</Row>
        <Row term="Userinfo endpoint">{m.userinfo_endpoint ?? 'none'}</Row>
        <Row term="Client id">{resolution.clientId}</Row>
        <Row term="Scopes">{resolution.scopes.join(' ')}</Row>
        {resolution.audience && <Row term="Audience">{resolution.audience}</Row>}
        <Row term="Token header">{resolution.headerName}</Row>
        <Row term="Session storage">
          {resolution.userStore === 'local' ? 'localStorage (shared by tabs)' : 'sessionStorage (this tab)'}
        </Row>
        <Row term="Access token">
          <TokenExpiry expiresAt={user?.expires_at} />
        </Row>
        <Row term="Refresh token held">{user?.refresh_token ? 'yes' : 'no'}</Row>
      </dl>
      <RedirectUriList />
      <FlyteConfigSnippet adminUrl={resolution.adminUrl} />
      <DiagnosticsPanel session={probeSessionOf(services, user)} />
    </>
  );
}
