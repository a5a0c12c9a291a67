import { setupServer } from 'msw/node';
import { User } from 'oidc-client-ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockAuth, IDP } from './testing/mock-auth';
import { setupAuth, type TestAuth } from './testing/render-shell';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const live: TestAuth[] = [];
afterEach(() => {
  for (const t of live.splice(0)) t.dispose();
  server.resetHandlers();
});
afterAll(() => server.close());

const now = () => Math.floor(Date.now() / 1000);

describe('silent renew without a refresh token', () => {
  it('uses a hidden-iframe prompt=none request through silent-callback.html, with a fresh nonce', async () => {
    const m = createMockAuth();
    server.use(...m.handlers);
    const t = await setupAuth({ mode: 'external', issuer: IDP });
    live.push(t);
    await t.services.userManager.storeUser(
      new User({
        access_token: 'at-old',
        token_type: 'bearer',
        scope: 'openid profile email',
        profile: { sub: 'ada', iss: IDP, aud: 'flyteconsole', exp: now() + 60, iat: now() },
        expires_at: now() + 5,
      }),
    );
    t.iframes.respond = (url) => m.callbackUrl(url);
    const renewed = await t.services.renewer.renew('at-old');
    const request = new URL(t.iframes.last).searchParams;
    expect(request.get('prompt')).toBe('none');
    expect(request.get('redirect_uri')).toBe(`${window.location.origin}/console/silent-callback.html`);
    expect(request.get('nonce')?.length).toBeGreaterThan(20);
    expect(renewed?.access_token).toMatch(/^at-/);
    expect(renewed?.access_token).not.toBe('at-old');
    expect(m.counters.refresh).toBe(0);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('an IdP answer of login_required drops the session for a clean sign-in', async () => {
    const m = createMockAuth();
    server.use(...m.handlers);
    const t = await setupAuth({ mode: 'external', issuer: IDP });
    live.push(t);
    await t.services.userManager.storeUser(
      new User({
        access_token: 'at-old',
        token_type: 'bearer',
        profile: { sub: 'ada' } as never,
        expires_at: now() + 5,
      }),
    );
    t.iframes.respond = (url) => {
      const state = new URL(url).searchParams.get('state') ?? '';
      return `${window.location.origin}/console/silent-callback.html?error=login_required&state=${state}`;
    };
    await expect(t.services.renewer.renew('at-old')).rejects.toMatchObject({ kind: 'invalid-grant' });
    await expect.poll(() => t.services.userManager.getUser()).toBeNull();
  });
});
