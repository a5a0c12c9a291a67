// Public surface of the unit-test mocks.
export { createTestServer } from './test-server.ts';
export type { TestServerOptions } from './test-server.ts';
export { createMockIdp } from './mock-idp.ts';
export type { MockIdp, MockIdpOptions, MintOptions } from './mock-idp.ts';
export { createMockAdmin } from './mock-admin.ts';
export type { MockAdmin, MockAdminOptions, AdminMintOptions } from './mock-admin.ts';
export type { MockControls, MockFaults, MockCounters, GrantType } from './mock-controls.ts';
export type { MockUser, IssueCodeInput } from './oauth-grants.ts';
export { DEFAULT_USER } from './oauth-grants.ts';
export { s256 } from './oauth-utils.ts';
export { signJwt } from './crypto-keys.ts';
