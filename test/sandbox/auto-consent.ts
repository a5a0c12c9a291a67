import type { Grant, KoaContextWithOIDC } from 'oidc-provider';

/**
 * `loadExistingGrant` for the sandbox providers: consent is always given. Once a person has signed in, the grant
 * covers every scope the client asked for (OIDC scopes and the resource server's scopes).
 */
export function autoConsent() {
  return async function loadExistingGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
    const { oidc } = ctx;
    const accountId = oidc.session?.accountId;
    const client = oidc.client;
    if (!accountId || !client) return undefined;

    const existingId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
    let grant = existingId ? await oidc.provider.Grant.find(existingId) : undefined;
    if (grant && grant.accountId !== accountId) grant = undefined;
    grant ??= new oidc.provider.Grant({ accountId, clientId: client.clientId });

    const oidcScopes = [...oidc.requestParamOIDCScopes];
    if (oidcScopes.length > 0) grant.addOIDCScope(oidcScopes.join(' '));
    for (const [indicator, server] of Object.entries(oidc.resourceServers ?? {})) {
      const scopes = [...oidc.requestParamScopes].filter((s) => server.scopes.has(s));
      if (scopes.length > 0) grant.addResourceScope(indicator, scopes.join(' '));
    }
    await grant.save();
    return grant;
  };
}
