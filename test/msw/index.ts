// Public surface of the unit-test mocks.
export { createMocks } from './test-server.ts';
export type { Mocks, TestServerOptions } from './test-server.ts';
export { setupMsw } from './setup-msw.ts';
export type { Msw, MswOptions } from './setup-msw.ts';
export { corsBlocked, gatewayError, unreachable } from './fault-handlers.ts';
export { createMockIdp } from './mock-idp.ts';
export type { MockIdp, MockIdpOptions, MintOptions } from './mock-idp.ts';
export { createMockAdmin } from './mock-admin.ts';
export type { MockAdmin, MockAdminOptions, AdminMintOptions } from './mock-admin.ts';
export type { MockControls, MockFaults, MockCounters, GrantType, TokenFault } from './mock-controls.ts';
export type { MockUser, IssueCodeInput } from './oauth-grants.ts';
export { DEFAULT_USER } from './oauth-grants.ts';
export { s256 } from './oauth-utils.ts';
export { signJwt } from './crypto-keys.ts';
