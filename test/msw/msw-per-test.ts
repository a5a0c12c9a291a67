// One MSW server for a test file whose tests each configure their own mocks:
//
//   const msw = mswPerTest();
//   it('...', () => { const mocks = msw.use({ admin: { authOff: true } }); ... });
//
// Unhandled requests fail the test; handlers and mocks are dropped after each test.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Mocks, TestServerOptions } from './test-server.ts';
import { createMocks } from './test-server.ts';

export function mswPerTest() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    /** Installs a fresh IdP + flyteadmin pair for this test. */
    use(options: TestServerOptions = {}): Mocks {
      const mocks = createMocks(options);
      server.use(...mocks.handlers);
      return mocks;
    },
  };
}
