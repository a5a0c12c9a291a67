import { createMocks, setupMsw } from '../../msw/index.ts';
import type { DiagnosticsTarget, ProbeSession } from '../../../src/auth/diagnostics/probe-types';

export { corsBlocked, unreachable } from '../../msw/index.ts';

/**
 * Shared by the probe tests: the shared test/msw mocks (flyteadmin with its internal server, flyteadmin passing
 * on an external IdP's metadata, the IdP itself) and a target for each; the fault handlers for CORS refusals
 * and unreachable servers come from test/msw too.
 */
export const CONSOLE = 'https://console.test';
export const ADMIN = 'https://admin.test';

export const internal = createMocks();
export const proxied = createMocks({ admin: { authServer: 'external' } });
export const IDP = internal.idp.issuer;

/** The MSW server of a probe test file, starting each test with the internal-server mocks. */
export const diagnosticsMsw = () => setupMsw({ handlers: internal.handlers });

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

export function session(token: string | null, overrides: Partial<ProbeSession> = {}): ProbeSession {
  return {
    accessToken: () => Promise.resolve(token),
    adminUrl: ADMIN,
    headerName: 'flyte-authorization',
    refreshTokenHeld: true,
    requestedScopes: ['all', 'offline'],
    grantedScopes: ['all', 'offline'],
    ...overrides,
  };
}
