import type { Middleware, ParameterizedContext } from 'koa';
import type { ControlHooks } from './controls.ts';

/**
 * Koa middleware placed in front of an oidc-provider: counts token requests by grant_type, injects token
 * endpoint failures, and optionally rewrites `token_type` the way flyteadmin (fosite) spells it ("bearer").
 * Injected failures carry the CORS header for the console origin, as a real failing IdP would, so that the
 * browser sees the error response and not a network failure.
 */
export interface TokenEndpointHookOptions {
  /** Path of the token endpoint as the provider's Koa app sees it (after any mount prefix is stripped). */
  tokenPath: string;
  hooks: ControlHooks;
  corsOrigins: readonly string[];
  lowercaseTokenType?: boolean;
}

async function readGrantType(ctx: ParameterizedContext): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('grant_type') ?? 'unknown';
}

export function tokenEndpointHooks(o: TokenEndpointHookOptions): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || ctx.path !== o.tokenPath) {
      await next();
      return;
    }
    const fault = o.hooks.takeTokenFault();
    if (fault) {
      o.hooks.recordTokenRequest(await readGrantType(ctx));
      const origin = ctx.get('Origin');
      if (origin && o.corsOrigins.includes(origin)) ctx.set('Access-Control-Allow-Origin', origin);
      if (fault === 'hang') {
        // Held open until the client gives up (its time-out closes the connection).
        await new Promise<void>((resolve) => ctx.req.socket.once('close', resolve));
        return;
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.status = fault === 'server_error' ? 500 : 400;
      ctx.body =
        fault === 'server_error'
          ? { error: 'server_error', error_description: 'sandbox: injected token endpoint failure' }
          : { error: 'invalid_grant', error_description: 'sandbox: injected invalid_grant' };
      return;
    }
    await next();
    const oidc = (ctx as ParameterizedContext & { oidc?: { body?: Record<string, unknown> } }).oidc;
    const grantType = oidc?.body?.grant_type;
    o.hooks.recordTokenRequest(typeof grantType === 'string' ? grantType : 'unknown');
    const body = ctx.body as Record<string, unknown> | undefined;
    if (o.lowercaseTokenType && ctx.status === 200 && body && body.token_type === 'Bearer') {
      body.token_type = 'bearer';
    }
  };
}
