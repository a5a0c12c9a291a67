import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';

/**
 * Hands a node:http request to an oidc-provider whose issuer has a path (e.g. `/realms/flyte`): the provider's
 * router sees the path without the prefix, and `originalUrl` keeps the full one so that the URLs it generates
 * (discovery, redirects, form actions) include the prefix. `rewriteTo` serves one route under another path.
 */
export function mountProvider(provider: Provider, prefix: string) {
  const callback = provider.callback();
  return (req: IncomingMessage, res: ServerResponse, rewriteTo?: string): void => {
    const original = req.url ?? '/';
    const rest = original.slice(prefix.length) || '/';
    const url = rewriteTo ?? rest;
    Object.assign(req, { originalUrl: `${prefix}${url}`, url });
    void callback(req, res);
  };
}
