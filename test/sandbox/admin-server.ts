import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdminApi } from '../fixtures/admin-api.ts';
import { gatewayError } from '../fixtures/admin-errors.ts';
import { toGatewayJson } from '../fixtures/grpc-gateway-json.ts';
import type { AuthOutcome, Identity } from './admin-auth.ts';
import { handleCors } from './admin-cors.ts';
import { fetchExternalMetadata, flyteClientConfig, internalMetadata } from './admin-metadata.ts';
import { createControlRoutes } from './control-page.ts';
import type { ControlHooks, SandboxAuth, SandboxControls } from './controls.ts';
import { delay, readBody } from './http-util.ts';
import type { InternalAuthServer } from './internal-auth-server.ts';

/**
 * The flyteadmin stand-in's HTTP layer: CORS, the auth discovery routes, `/me`, Bearer authentication of every
 * data route, fault injection, and `/api/v1/*` handed to the shared REST core (test/fixtures). Every gateway
 * answer goes through toGatewayJson: snake_case only for exactly `Accept: application/json`, else lowerCamelCase.
 */
export interface AdminServerOptions {
  auth: SandboxAuth;
  adminUrl: string;
  consoleOrigin: string;
  idpIssuer: string;
  api: AdminApi;
  controls: SandboxControls & ControlHooks;
  /** Bearer verification; undefined when auth is off. */
  authenticate?: (req: IncomingMessage) => Promise<AuthOutcome>;
  /** The internal authorization server (auth 'internal' only). */
  authServer?: InternalAuthServer;
}

function acceptOf(req: IncomingMessage): string | null {
  return req.headers.accept ?? null;
}

function sendGateway(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(toGatewayJson(body, acceptOf(req))));
}

/** For bodies the REST core has already encoded. */
function sendEncoded(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
}

function sendGatewayError(
  req: IncomingMessage,
  res: ServerResponse,
  httpStatus: number,
  grpcCode: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const { status, body } = gatewayError(httpStatus, grpcCode, message);
  sendGateway(req, res, status, body, headers);
}

/** `/me`: values from the token's `user_info` claim, `email` claim overriding, subject falling back to `sub`. */
export function userInfoResponse(identity: Identity) {
  const claims = identity.claims as Record<string, unknown>;
  const info = (
    typeof claims.user_info === 'object' && claims.user_info !== null ? claims.user_info : {}
  ) as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    subject: s(info.subject) || identity.subject,
    name: s(info.name),
    preferred_username: s(info.preferred_username),
    given_name: s(info.given_name),
    family_name: s(info.family_name),
    email: s(claims.email) || s(info.email),
    picture: s(info.picture),
    additional_claims: claims,
  };
}

export function createAdminHandler(o: AdminServerOptions) {
  const authOn = o.auth !== 'none';
  const controlRoutes = createControlRoutes(o.controls, {
    adminUrl: o.adminUrl,
    idpIssuer: o.idpIssuer,
    consoleOrigin: o.consoleOrigin,
  });

  async function authenticate(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<Identity | undefined | false> {
    if (!authOn || !o.authenticate) return undefined;
    const outcome = await o.authenticate(req);
    o.controls.recordCredential(outcome.credential, Boolean(req.headers.cookie));
    if (outcome.ok) return outcome.identity;
    o.controls.recordRejectedDataRequest();
    sendGatewayError(req, res, outcome.status, outcome.grpcCode, outcome.message, {
      'WWW-Authenticate': `Bearer realm="${o.adminUrl}", error="${outcome.error}"`,
    });
    return false;
  }

  async function injectDataFault(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const fault = o.controls.takeDataFault();
    if (!fault) return false;
    o.controls.recordRejectedDataRequest();
    if (fault === 401) {
      sendGatewayError(
        req,
        res,
        401,
        16,
        'token parse error [JWT_VERIFICATION_FAILED] sandbox: injected 401',
        {
          'WWW-Authenticate': `Bearer realm="${o.adminUrl}", error="invalid_token"`,
        },
      );
    } else {
      sendGatewayError(req, res, 403, 7, 'sandbox: injected permission denied');
    }
    return true;
  }

  async function apiRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    o.controls.recordDataRequest(`${method} ${url.pathname}`);
    const { dataDelayMs } = o.controls.state();
    if (dataDelayMs > 0) await delay(dataDelayMs);
    if (await injectDataFault(req, res)) return;
    const identity = await authenticate(req, res);
    if (identity === false) return;
    // The core parses the body itself (string in, gateway error on bad JSON) and already encodes its answer
    // for the request's Accept header.
    const response = o.api.handle({
      method,
      path: url.pathname,
      query: url.searchParams,
      body: await readBody(req),
      accept: acceptOf(req),
      principal: identity ? identity.subject : undefined,
    });
    sendEncoded(req, res, response.status, response.body);
  }

  /** flyteadmin with useAuth false: its auth routes exist in the gateway but are not implemented. */
  function authOffAnswer(req: IncomingMessage, res: ServerResponse): void {
    sendGatewayError(
      req,
      res,
      501,
      12,
      'Method not implemented: auth is disabled (server.security.useAuth is false)',
    );
  }

  async function meRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!authOn) return authOffAnswer(req, res);
    o.controls.recordDataRequest(`${req.method ?? 'GET'} /me`);
    const { dataDelayMs } = o.controls.state();
    if (dataDelayMs > 0) await delay(dataDelayMs);
    const identity = await authenticate(req, res);
    if (!identity) return;
    sendGateway(req, res, 200, userInfoResponse(identity));
  }

  async function metadataRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!authOn) return authOffAnswer(req, res);
    if (o.auth === 'internal') {
      sendGateway(req, res, 200, internalMetadata(o.adminUrl));
      return;
    }
    try {
      sendGateway(req, res, 200, await fetchExternalMetadata(o.idpIssuer));
    } catch (err) {
      sendGatewayError(
        req,
        res,
        500,
        13,
        `Failed to get oauth metadata. ${err instanceof Error ? err.message : ''}`.trim(),
      );
    }
  }

  /**
   * flyteadmin's `/logout` (flyteadmin/auth/handlers.go:509-529, v1.16.8): deletes its auth cookies and, when
   * `redirect_url` is given, answers 307 to it without checking it against authorizedUris. Here the login
   * cookies are the internal server's session cookies (`_flyteadmin_*`), which stand in for flyteadmin's own.
   */
  function logoutRoute(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const names = (req.headers.cookie ?? '')
      .split(';')
      .map((pair) => pair.split('=')[0]?.trim() ?? '')
      .filter((name) => name.startsWith('_flyteadmin_'));
    res.setHeader(
      'Set-Cookie',
      names.map((name) => `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax`),
    );
    const redirect = url.searchParams.get('redirect_url');
    if (redirect) res.writeHead(307, { Location: redirect }).end();
    else res.writeHead(200).end();
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', o.adminUrl);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    try {
      if (await controlRoutes(req, res, path)) return;
      if (o.authServer && (await o.authServer.handle(req, res))) return;
      if (handleCors(req, res)) return;

      const isGet = method === 'GET' || method === 'HEAD';
      if (path.startsWith('/api/v1/')) {
        await apiRoute(req, res, url);
      } else if (path === '/me' && isGet) {
        await meRoute(req, res);
      } else if (path === '/.well-known/oauth-authorization-server' && isGet) {
        await metadataRoute(req, res);
      } else if (path === '/config/v1/flyte_client' && isGet) {
        if (authOn) sendGateway(req, res, 200, flyteClientConfig());
        else
          sendGatewayError(
            req,
            res,
            501,
            12,
            'Method not implemented: auth is disabled (server.security.useAuth is false)',
          );
      } else if (path === '/.well-known/openid-configuration' && isGet && authOn) {
        // The *user-login* IdP (userAuth.openId.baseUrl), not the authorization server.
        res.writeHead(303, { Location: `${o.idpIssuer}/.well-known/openid-configuration` }).end();
      } else if (path === '/logout' && authOn) {
        logoutRoute(req, res, url);
      } else if (path === '/healthcheck' && isGet) {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('');
      } else {
        sendGatewayError(req, res, 404, 5, 'Not Found');
      }
    } catch (err) {
      console.error('[sandbox admin]', err);
      sendGatewayError(req, res, 500, 13, err instanceof Error ? err.message : String(err));
    }
  };
}
