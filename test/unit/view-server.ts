// The flyteadmin the view tests talk to: the shared test/msw mock over a seeded store, validating every call
// (a missing or wrong token is a 401, a malformed filter a 400), with the admin client signed in as test-user.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestServer } from '../msw/index.ts';
import type { AuthBridge } from '../../src/api/admin-client';
import { configureAdminClient } from '../../src/api/admin-client-instance';

export const ADMIN = 'https://admin.test';

/** One server for a test file; handlers and counters are reset after each test. */
export function viewServer() {
  const mocks = createTestServer({ admin: { storeOptions: { seed: 11, bigProjectExecutions: 250 } } });
  let auth: AuthBridge | null = null;
  /** A short admin time-out for the test that needs one (a hung request); reset after each test. */
  const setAdminTimeout = (timeoutMs?: number) => configureAdminClient({ baseUrl: ADMIN, auth, timeoutMs });
  beforeAll(async () => {
    mocks.server.listen({ onUnhandledRequest: 'error' });
    const token = await mocks.admin.mintAccessToken({ user: { sub: 'test-user' } });
    auth = {
      headerName: 'flyte-authorization',
      getAccessToken: async () => token,
      renew: async () => null,
      onSessionExpired: () => undefined,
    };
    configureAdminClient({ baseUrl: ADMIN, auth });
  });
  afterEach(() => {
    setAdminTimeout();
    mocks.server.resetHandlers();
    mocks.reset();
  });
  afterAll(() => mocks.server.close());
  return Object.assign(mocks, { setAdminTimeout });
}
