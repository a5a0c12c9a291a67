import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { setupMsw, type Mocks } from '../../../test/msw/index.ts';
import { PROJECTS_LOADED } from '../../../test/unit/auth/auth-flow';
import { setupAuth, type TestAuth } from '../../../test/unit/auth/render-shell';
import { RenewError } from './renewer';

const msw = setupMsw();
const live: TestAuth[] = [];

/** A signed-in session at flyteadmin's internal server whose access token is about to expire. */
async function signedInSoonExpiring(mocks: Mocks, options: Parameters<typeof setupAuth>[1]) {
  const t = await setupAuth({}, options);
  live.push(t);
  await t.services.userManager.storeUser(
    new User({
      access_token: await mocks.admin.mintAccessToken({ expiresInSeconds: 60 }),
      token_type: 'bearer',
      refresh_token: mocks.admin.issueRefreshToken(),
      scope: 'all offline',
      profile: {} as never,
      expires_at: Math.floor(Date.now() / 1000) + 60,
    }),
  );
  return t;
}

describe('a refresh request that is never answered', { timeout: 20_000 }, () => {
  it('times out, reports the sign-in server unreachable (not signed out), and the next renewal works', async () => {
    const mocks = msw.use();
    const t = await signedInSoonExpiring(mocks, { requestTimeoutInSeconds: 0.3 });
    t.renderAt('/console/projects');
    await screen.findByText(PROJECTS_LOADED);
    const stale = (await t.services.userManager.getUser())?.access_token;
    mocks.admin.controls.failTokenRequests('hang', 1);
    const failure = await t.services.renewer.renew(stale).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RenewError);
    expect(failure).toMatchObject({ kind: 'offline' });
    expect(await screen.findByText(/sign-in server cannot be reached/)).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).not.toBeNull();
    expect(t.services.status.get().signedOut).toBe(false);
    // Nothing holds on to the hung request: the next renewal goes out and succeeds.
    const renewed = await t.services.renewer.renew(stale);
    expect(renewed?.access_token).not.toBe(stale);
    await waitFor(() => expect(screen.queryByText(/sign-in server cannot be reached/)).toBeNull());
    expect(mocks.admin.controls.counters.tokenRequests.refresh_token).toBe(2);
    for (const x of live.splice(0)) x.dispose();
  });

  it('scheduled renewals retry a bounded number of times, then say the connection failed, with Try again', async () => {
    const mocks = msw.use();
    const t = await setupAuth({}, { requestTimeoutInSeconds: 0.2, offlineRetryDelaysMs: [50, 50] });
    live.push(t);
    t.services.renewer.stop();
    mocks.admin.controls.failTokenRequests('hang', 100);
    await t.services.userManager.storeUser(
      new User({
        access_token: await mocks.admin.mintAccessToken({ expiresInSeconds: 1 }),
        token_type: 'bearer',
        refresh_token: mocks.admin.issueRefreshToken(),
        scope: 'all offline',
        profile: {} as never,
        expires_at: Math.floor(Date.now() / 1000) + 1,
      }),
    );
    t.services.renewer.start();
    t.renderAt('/console/projects');
    const notice = await screen.findByText(/connection to the sign-in server failed/, {}, { timeout: 8000 });
    // The first try and one retry per back-off step, then no more.
    const tries = mocks.admin.controls.counters.tokenRequests.refresh_token;
    expect(tries).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(mocks.admin.controls.counters.tokenRequests.refresh_token).toBe(tries);
    expect(await t.services.userManager.getUser()).not.toBeNull();
    mocks.admin.controls.faults.tokenError = null;
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/connection to the sign-in server failed/)).toBeNull());
    expect(mocks.admin.controls.counters.tokenRequests.refresh_token).toBe(tries + 1);
    for (const x of live.splice(0)) x.dispose();
  });
});
