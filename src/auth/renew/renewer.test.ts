import { http, HttpResponse } from 'msw';
import { ErrorResponse, InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { classifyRenewError, createRenewer, renewDelayMs, type Renewer } from './renewer';

const TOKEN = 'https://as.test/token';
const { server } = setupMsw();
let tokenCalls = 0;
afterEach(() => {
  tokenCalls = 0;
  for (const r of renewers.splice(0)) r.stop();
});
const renewers: Renewer[] = [];

function manager(store = new InMemoryWebStorage()) {
  return new UserManager({
    authority: 'https://as.test',
    client_id: 'flyteconsole',
    redirect_uri: 'http://localhost:3000/console/callback',
    metadata: {
      issuer: 'https://as.test',
      authorization_endpoint: 'https://as.test/auth',
      token_endpoint: TOKEN,
    },
    userStore: new WebStorageStateStore({ store }),
    automaticSilentRenew: false,
  });
}

const user = (access: string, expiresIn = 600) =>
  new User({
    access_token: access,
    token_type: 'bearer',
    refresh_token: `rt-${access}`,
    scope: 'all offline',
    profile: {} as never,
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
  });

function tokenEndpoint() {
  server.use(
    http.post(TOKEN, async () => {
      tokenCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return HttpResponse.json({
        access_token: `new-${tokenCalls}`,
        token_type: 'bearer',
        expires_in: 600,
        refresh_token: 'rt2',
      });
    }),
  );
}

/** An unsigned JWT: the console's own id_token checks read claims only (the token came over TLS). */
const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"none"}', JSON.stringify(claims)].map((part) => btoa(part).replace(/=+$/, '')).join('.') + '.';

describe('renewer and the id_token', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const agedIdToken = jwt({ iss: 'https://as.test', aud: 'flyteconsole', exp: now() - 3600, sub: 'ada' });
  const oidcUser = () =>
    new User({
      access_token: 'old',
      token_type: 'bearer',
      refresh_token: 'rt-old',
      id_token: agedIdToken,
      scope: 'openid offline_access',
      profile: {
        sub: 'ada',
        iss: 'https://as.test',
        aud: 'flyteconsole',
        exp: now() - 3600,
        iat: now() - 7200,
      },
      expires_at: now() + 5,
    });
  const answer = (body: Record<string, unknown>) =>
    server.use(
      http.post(TOKEN, () =>
        HttpResponse.json({ access_token: 'new', token_type: 'bearer', expires_in: 600, ...body }),
      ),
    );

  it('keeps the session when the refresh answer has no id_token and the kept one has aged (OIDC Core 12.2)', async () => {
    answer({ refresh_token: 'rt-new' });
    const um = manager();
    await um.storeUser(oidcUser());
    const validate = vi.fn((u: User) => {
      const exp = JSON.parse(atob(u.id_token?.split('.')[1] ?? '')) as { exp: number };
      if (exp.exp < now()) throw new Error('The ID token has expired');
    });
    const renewer = createRenewer(um, { locks: null, validate });
    renewers.push(renewer);
    const renewed = await renewer.renew('old');
    expect(renewed?.access_token).toBe('new');
    expect(renewed?.id_token).toBe(agedIdToken);
    expect(validate).not.toHaveBeenCalled();
    expect((await um.getUser())?.access_token).toBe('new');
  });

  it('still checks an id_token that the renewal did bring', async () => {
    const fresh = jwt({
      iss: 'https://as.test',
      aud: 'flyteconsole',
      exp: now() + 600,
      sub: 'ada',
      iat: now(),
    });
    answer({ refresh_token: 'rt-new', id_token: fresh });
    const um = manager();
    await um.storeUser(oidcUser());
    const validate = vi.fn();
    const renewer = createRenewer(um, { locks: null, validate });
    renewers.push(renewer);
    await renewer.renew('old');
    expect(validate).toHaveBeenCalledTimes(1);
    expect(validate.mock.calls[0]?.[0]).toMatchObject({ id_token: fresh });
  });
});

describe('renewer', () => {
  it('shares one renewal between concurrent callers', async () => {
    tokenEndpoint();
    const um = manager();
    await um.storeUser(user('old'));
    const renewer = createRenewer(um, { locks: null });
    renewers.push(renewer);
    const results = await Promise.all([renewer.renew('old'), renewer.renew('old'), renewer.renew('old')]);
    expect(tokenCalls).toBe(1);
    expect(results.map((u) => u?.access_token)).toEqual(['new-1', 'new-1', 'new-1']);
  });

  it('after taking the lock, adopts a token another tab stored meanwhile instead of asking again', async () => {
    tokenEndpoint();
    const shared = new InMemoryWebStorage();
    const um = manager(shared);
    await um.storeUser(user('old'));
    const requested: string[] = [];
    // A lock held by "another tab" that renews before letting us in.
    const locks = {
      request: async (name: string, callback: () => Promise<unknown>) => {
        requested.push(name);
        await manager(shared).storeUser(user('renewed-elsewhere'));
        return callback();
      },
    } as unknown as Pick<LockManager, 'request'>;
    const renewer = createRenewer(um, { locks });
    renewers.push(renewer);
    const renewed = await renewer.renew('old');
    expect(requested).toEqual(['flyte-console-renew']);
    expect(renewed?.access_token).toBe('renewed-elsewhere');
    expect(tokenCalls).toBe(0);
  });

  it("uses the browser's Web Locks by default, so tabs sharing a store renew one at a time", async () => {
    tokenEndpoint();
    const um = manager();
    await um.storeUser(user('old'));
    const requested: string[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: {
        request: (name: string, callback: () => Promise<unknown>) => {
          requested.push(name);
          return callback();
        },
      },
    });
    try {
      const renewer = createRenewer(um);
      renewers.push(renewer);
      expect((await renewer.renew('old'))?.access_token).toBe('new-1');
      expect(requested).toEqual(['flyte-console-renew']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('renews when the stored token is the stale one', async () => {
    tokenEndpoint();
    const um = manager();
    await um.storeUser(user('old'));
    const renewer = createRenewer(um, { locks: null });
    renewers.push(renewer);
    expect((await renewer.renew('old'))?.access_token).toBe('new-1');
  });

  it('returns null without a session', async () => {
    const renewer = createRenewer(manager(), { locks: null });
    renewers.push(renewer);
    expect(await renewer.renew('x')).toBeNull();
  });

  it('classifies failures', () => {
    expect(classifyRenewError(new TypeError('Failed to fetch'), true).kind).toBe('offline');
    expect(classifyRenewError(new ErrorResponse({ error: 'invalid_grant' }), true).kind).toBe(
      'invalid-grant',
    );
    expect(classifyRenewError(new ErrorResponse({ error: 'login_required' }), false).kind).toBe(
      'invalid-grant',
    );
    expect(classifyRenewError(new Error('Internal Server Error (500)'), true).kind).toBe('failed');
  });

  it('schedules renewal before expiry, never after', () => {
    expect(renewDelayMs(1800)).toBe(1740_000);
    expect(renewDelayMs(8)).toBe(6_000);
    expect(renewDelayMs(0)).toBe(0);
  });
});
