// The flyteadmin the view tests talk to: the shared test/msw mock over a seeded store, validating every call
// (a missing or wrong token is a 401, a malformed filter a 400), with the admin client signed in as test-user.
import { afterEach, beforeAll } from 'vitest';
import { setupMsw } from '../msw/index.ts';
import type { AuthBridge } from '../../src/api/admin-client';
import { configureAdminClient } from '../../src/api/admin-client-instance';

export const ADMIN = 'https://admin.test';

/** The file's MSW server (setupMsw) over one seeded flyteadmin, and the admin client signed in to it. */
export function viewServer() {
  const msw = setupMsw({ mocks: { admin: { storeOptions: { seed: 11, bigProjectExecutions: 250 } } } });
  const { mocks } = msw;
  let auth: AuthBridge | null = null;
  /** A short admin time-out for the test that needs one (a hung request); reset after each test. */
  const setAdminTimeout = (timeoutMs?: number) => configureAdminClient({ baseUrl: ADMIN, auth, timeoutMs });
  afterEach(() => void setAdminTimeout());
  beforeAll(async () => {
    const token = await mocks.admin.mintAccessToken({ user: { sub: 'test-user' } });
    auth = {
      headerName: 'flyte-authorization',
      getAccessToken: async () => token,
      renew: async () => null,
      onSessionExpired: () => undefined,
    };
    configureAdminClient({ baseUrl: ADMIN, auth });
  });
  return { ...mocks, server: msw.server, setAdminTimeout };
}
