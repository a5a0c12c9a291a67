import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestServer } from '../../../test/msw/index.ts';
import type { DiagnosticsTarget, ProbeSession } from './probe-types';

/**
 * Shared by the probe tests: the shared test/msw mocks (flyteadmin with its internal server, flyteadmin passing
 * on an external IdP's metadata, the IdP itself), a target for each, and MSW stand-ins for what a browser sees
 * when CORS refuses an answer (the `no-cors` follow-up succeeds) or nothing answers at all.
 */
export const CONSOLE = 'https://console.test';
export const ADMIN = 'https://admin.test';

export const internal = createTestServer();
export const proxied = createTestServer({ admin: { authServer: 'external' } });
export const IDP = internal.idp.issuer;

/** One MSW server for a test file; `use` swaps in the handlers of one of the mocks above (or others). */
export function withMockServer() {
  const server = setupServer(...internal.idp.handlers, ...internal.admin.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    useProxied: () => server.resetHandlers(...proxied.idp.handlers, ...proxied.admin.handlers),
  };
}

export function target(overrides: Partial<DiagnosticsTarget> = {}): DiagnosticsTarget {
  return {
    mode: 'auto',
    origin: CONSOLE,
    adminUrl: ADMIN,
    clientId: 'flyteconsole',
    configuredIssuer: undefined,
    discoveryUrl: `${ADMIN}/.well-known/oauth-authorization-server`,
    headerName: 'flyte-authorization',
    redirectUri: `${CONSOLE}/console/callback`,
    ...overrides,
  };
}

export const externalTarget = (overrides: Partial<DiagnosticsTarget> = {}) =>
  target({
    mode: 'external',
    configuredIssuer: IDP,
    discoveryUrl: `${IDP}/.well-known/openid-configuration`,
    ...overrides,
  });

/** The server answers, but without CORS headers for this origin: only an opaque no-cors request gets through. */
export const corsBlocked = (url: string) =>
  http.all(url, ({ request }) =>
    request.mode === 'no-cors' ? new HttpResponse(null, { status: 200 }) : HttpResponse.error(),
  );

/** Nothing answers at all (DNS, refused connection, server down). */
export const unreachable = (url: string) => http.all(url, () => HttpResponse.error());

export function session(token: string | null, overrides: Partial<ProbeSession> = {}): ProbeSession {
  return {
    accessToken: () => Promise.resolve(token),
    refreshTokenHeld: true,
    requestedScopes: ['all', 'offline'],
    grantedScopes: ['all', 'offline'],
    ...overrides,
  };
}
