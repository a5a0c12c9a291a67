import {
  EXTERNAL_DEFAULT_SCOPES,
  INTERNAL_DEFAULT_SCOPES,
  type ConsoleConfig,
} from '../../config/config-types';
import { Row } from './settings-row';
import { discoveryUrlFor } from './diagnostics-target';

/**
 * The auth settings as config.json states them, for when discovery failed and there is no resolved setup to
 * show. Values that would come from the admin or the IdP say so instead of guessing.
 */
export function ConfiguredAuth({ config }: { config: ConsoleConfig }) {
  const { auth } = config;
  const adminUrl = config.adminUrl || window.location.origin;
  const external = auth.mode === 'external';
  const defaults = external ? EXTERNAL_DEFAULT_SCOPES : INTERNAL_DEFAULT_SCOPES;
  return (
    <dl>
      <Row term="Mode">{auth.mode} (from config.json; sign-in is not set up)</Row>
      <Row term="Admin">{adminUrl}</Row>
      <Row term="Issuer">{auth.issuer ?? "from the admin's metadata"}</Row>
      <Row term="Discovery">{discoveryUrlFor(config, adminUrl) ?? 'none'}</Row>
      <Row term="Client id">{auth.clientId}</Row>
      <Row term="Scopes">
        {auth.scopes ? auth.scopes.join(' ') : `default (${defaults.join(' ')}, adjusted by discovery)`}
      </Row>
      {auth.audience && <Row term="Audience">{auth.audience}</Row>}
      <Row term="Token header">
        {auth.authorizationHeader ?? "the admin's authorization_metadata_key, else flyte-authorization"}
      </Row>
      <Row term="Session storage">
        {auth.userStore === 'local' ? 'localStorage (shared by tabs)' : 'sessionStorage (this tab)'}
      </Row>
      <Row term="Access token">not signed in</Row>
      <Row term="Refresh token held">no (not signed in)</Row>
    </dl>
  );
}
