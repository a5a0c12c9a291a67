import { useAuth } from 'react-oidc-context';
import { useAuthRuntime } from './auth-context';
import type { OAuthResolution } from './resolve-auth';
import { redirectUris } from './user-manager';

/** A ready ~/.flyte/config.yaml for flytectl / pyflyte against the same admin. */
export function flyteConfigSnippet(adminUrl: string): string {
  const url = new URL(adminUrl);
  return [
    'admin:',
    `  endpoint: dns:///${url.host}`,
    `  insecure: ${url.protocol === 'http:'}`,
    '  authType: Pkce',
    '',
  ].join('\n');
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** /console/settings/auth: how this console signs in, and what to register at the IdP. Never shows a token. */
export function AuthSettingsPage() {
  const runtime = useAuthRuntime();
  const resolution = runtime?.resolution;
  return (
    <section aria-labelledby="page-title" className="auth-settings">
      <h1 id="page-title">Authentication settings</h1>
      {!resolution || resolution.kind !== 'oauth' ? (
        <dl>
          <Row term="Mode">
            {resolution?.kind === 'none' && resolution.reason === 'admin'
              ? 'none (the admin runs without authentication)'
              : 'none (auth.mode is "none")'}
          </Row>
          {resolution && 'adminUrl' in resolution && <Row term="Admin">{resolution.adminUrl}</Row>}
        </dl>
      ) : (
        <OAuthSettings resolution={resolution} />
      )}
    </section>
  );
}

function OAuthSettings({ resolution }: { resolution: OAuthResolution }) {
  const auth = useAuth();
  const user = auth.user;
  const uris = redirectUris();
  const m = resolution.metadata;
  const expiresAt = user?.expires_at ? new Date(user.expires_at * 1000) : null;
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
        <Row term="Access token expires">{expiresAt ? expiresAt.toLocaleString() : 'no session'}</Row>
        <Row term="Refresh token held">{user?.refresh_token ? 'yes' : 'no'}</Row>
      </dl>
      <h2>Redirect URIs to register at the identity provider</h2>
      <dl>
        <Row term="Sign-in redirect URI">
          <code>{uris.redirect}</code>
        </Row>
        <Row term="Silent renew redirect URI">
          <code>{uris.silent}</code>
        </Row>
        <Row term="Post-logout redirect URI">
          <code>{uris.postLogout}</code>
        </Row>
      </dl>
      <h2>flytectl / pyflyte</h2>
      <p>
        Save as <code>~/.flyte/config.yaml</code>:
      </p>
      <pre aria-label="flytectl configuration">{flyteConfigSnippet(resolution.adminUrl)}</pre>
    </>
  );
}
