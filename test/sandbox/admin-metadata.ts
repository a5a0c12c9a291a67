import { externalServerMetadata } from '../fixtures/auth-discovery.ts';
import type { OAuthAuthorizationServerMetadata } from '../fixtures/admin-types.ts';

// The discovery bodies themselves are shared with the MSW mocks (test/fixtures/auth-discovery.ts).
export { flyteClientConfig, internalServerMetadata as internalMetadata } from '../fixtures/auth-discovery.ts';

/** flyteadmin: externalAuthServer.baseUrl + metadataUrl (default `.well-known/oauth-authorization-server`). */
export async function fetchExternalMetadata(issuer: string): Promise<OAuthAuthorizationServerMetadata> {
  const url = new URL('.well-known/oauth-authorization-server', issuer.endsWith('/') ? issuer : `${issuer}/`);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`failed to get oauth metadata with status code ${response.status}`);
  return externalServerMetadata((await response.json()) as Record<string, unknown>);
}
