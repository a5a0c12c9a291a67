// The one MSW entry point for unit tests. It starts one server per test file before its first test and closes
// it after the last; an unmocked request fails the test; whatever a test installs is gone after that test, so
// no test depends on another's order.
//
//   const msw = setupMsw();
//   it('...', () => { const mocks = msw.use({ admin: { authOff: true } }); ... });  // a fresh IdP + flyteadmin
//   it('...', () => { msw.server.use(http.get(URL, () => ...)); ... });            // or plain handlers
//
//   const msw = setupMsw({ handlers: [...] });   // handlers every test of the file starts with
//   const msw = setupMsw({ mocks: { ... } });    // one IdP + flyteadmin for the whole file (msw.mocks);
//                                                // its counters and faults are reset after each test
import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Mocks, TestServerOptions } from './test-server.ts';
import { createMocks } from './test-server.ts';

export interface MswOptions {
  /** Handlers installed before every test of the file. */
  handlers?: HttpHandler[];
}

export interface Msw {
  server: ReturnType<typeof setupServer>;
  /** Installs a fresh IdP + flyteadmin pair for this test only. */
  use(options?: TestServerOptions): Mocks;
  /** This test only: exactly these handlers, instead of the file's own. */
  only(...handlers: HttpHandler[]): void;
}

export function setupMsw(options?: MswOptions): Msw;
export function setupMsw(options: MswOptions & { mocks: TestServerOptions }): Msw & { mocks: Mocks };
export function setupMsw(options: MswOptions & { mocks?: TestServerOptions } = {}) {
  const mocks = options.mocks ? createMocks(options.mocks) : undefined;
  const baseline = [...(options.handlers ?? []), ...(mocks?.handlers ?? [])];
  // No initial handlers: the baseline is installed per test. (Tests use `only`, never
  // `server.resetHandlers(...handlers)`: that replaces MSW's initial list and would leak into later tests.)
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    if (baseline.length > 0) server.use(...baseline);
  });
  afterEach(() => {
    server.resetHandlers();
    mocks?.reset();
  });
  afterAll(() => server.close());
  return {
    server,
    mocks,
    use(testOptions: TestServerOptions = {}): Mocks {
      const fresh = createMocks(testOptions);
      server.use(...fresh.handlers);
      return fresh;
    },
    only(...handlers: HttpHandler[]) {
      server.resetHandlers();
      server.use(...handlers);
    },
  };
}
