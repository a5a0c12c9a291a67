// One MSW server with a mocked IdP and flyteadmin, for unit tests:
//
//   const { server, idp, admin, store } = createTestServer();
//   beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));  // any unmocked request fails the test
//   afterEach(() => { server.resetHandlers(); admin.controls.reset(); idp.controls.reset(); });
//   afterAll(() => server.close());
import { setupServer } from 'msw/node';
import type { HttpHandler } from 'msw';
import type { MockAdminOptions } from './mock-admin.ts';
import { createMockAdmin } from './mock-admin.ts';
import type { MockIdpOptions } from './mock-idp.ts';
import { createMockIdp } from './mock-idp.ts';

export interface TestServerOptions {
  idp?: MockIdpOptions;
  /** `idp` is filled in with the server's IdP. */
  admin?: Omit<MockAdminOptions, 'idp'>;
  /** Extra handlers, e.g. for config.json; they take precedence over the mocks. */
  handlers?: HttpHandler[];
}

export function createTestServer(options: TestServerOptions = {}) {
  const idp = createMockIdp(options.idp);
  const admin = createMockAdmin({ ...options.admin, idp });
  const server = setupServer(...(options.handlers ?? []), ...idp.handlers, ...admin.handlers);
  return { server, idp, admin, store: admin.store };
}
