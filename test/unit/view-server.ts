// The flyteadmin the view tests talk to: the shared test/msw mock over a seeded store, validating every call
// (a missing or wrong token is a 401, a malformed filter a 400), with the admin client signed in as test-user.
import { beforeAll } from 'vitest';
import { setupMsw } from '../msw/index.ts';
import type { AuthBridge } from '../../src/api/admin-client';
import { configureAdminClient } from '../../src/api/admin-client-instance';

export const ADMIN = 'https://admin.test';

/** The file's MSW server (setupMsw) over one seeded flyteadmin, and the admin client signed in to it. */
export function viewServer() {
  const msw = setupMsw({ mocks: { admin: { storeOptions: { seed: 11, bigProjectExecutions: 250 } } } });
  const { mocks } = msw;
  beforeAll(async () => {
    const token = await mocks.admin.mintAccessToken({ user: { sub: 'test-user' } });
    const auth: AuthBridge = {
      headerName: 'flyte-authorization',
      getAccessToken: async () => token,
      renew: async () => null,
      onSessionExpired: () => undefined,
    };
    configureAdminClient({ baseUrl: ADMIN, auth });
  });
  return { ...mocks, server: msw.server };
}
