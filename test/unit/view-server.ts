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
  beforeAll(async () => {
    mocks.server.listen({ onUnhandledRequest: 'error' });
    const token = await mocks.admin.mintAccessToken({ user: { sub: 'test-user' } });
    const auth: AuthBridge = {
      headerName: 'flyte-authorization',
      getAccessToken: async () => token,
      renew: async () => null,
      onSessionExpired: () => undefined,
    };
    configureAdminClient({ baseUrl: ADMIN, auth });
  });
  afterEach(() => {
    mocks.server.resetHandlers();
    mocks.reset();
  });
  afterAll(() => mocks.server.close());
  return mocks;
}
