import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { authFlow } from '../../../test/unit/auth/auth-flow';
import type { TestAuth } from '../../../test/unit/auth/render-shell';

const msw = setupMsw();
const { load } = authFlow();

const now = () => Math.floor(Date.now() / 1000);

/** A session from an OIDC IdP that gave no refresh token, about to expire: renewal must use the iframe. */
async function seedOidcUserWithoutRefreshToken(t: TestAuth, issuer: string) {
  await t.services.userManager.storeUser(
    new User({
      access_token: 'at-old',
      token_type: 'bearer',
      scope: 'openid profile email',
      profile: { sub: 'ada', iss: issuer, aud: 'flyteconsole', exp: now() + 60, iat: now() },
      expires_at: now() + 5,
    }),
  );
}

describe('silent renew without a refresh token', () => {
  it('uses a hidden-iframe prompt=none request through silent-callback.html, with a fresh nonce', async () => {
    const mocks = msw.use();
    const IDP = mocks.idp.issuer;
    const t = await load({ mode: 'external', issuer: IDP });
    await seedOidcUserWithoutRefreshToken(t, IDP);
    t.iframes.respond = (url) => mocks.authorizeRedirect(url);
    const renewed = await t.services.renewer.renew('at-old');
    const request = new URL(t.iframes.last).searchParams;
    expect(request.get('prompt')).toBe('none');
    expect(request.get('redirect_uri')).toBe(`${window.location.origin}/console/silent-callback.html`);
    expect(request.get('nonce')?.length).toBeGreaterThan(20);
    // A token the IdP issued for this code exchange (the mock checks PKCE, redirect URI and client id).
    expect(await mocks.idp.verifyAccessToken(renewed?.access_token ?? '')).toMatchObject({ iss: IDP });
    expect(mocks.tokenRequests('authorization_code')).toBe(1);
    expect(mocks.tokenRequests('refresh_token')).toBe(0);
    expect(t.redirects.urls).toHaveLength(0);
  });

  it('checks the renewed id_token like a sign-in: another audience is refused and the session dropped', async () => {
    const mocks = msw.use();
    const IDP = mocks.idp.issuer;
    const t = await load({ mode: 'external', issuer: IDP });
    await seedOidcUserWithoutRefreshToken(t, IDP);
    mocks.idp.controls.faults.idTokenClaims = { aud: 'someone-else' };
    t.iframes.respond = (url) => mocks.authorizeRedirect(url);
    await expect(t.services.renewer.renew('at-old')).rejects.toThrow();
    expect(await t.services.userManager.getUser()).toBeNull();
  });

  it('an IdP answer of login_required opens "Session expired" (popup sign-in) instead of reloading the page', async () => {
    const mocks = msw.use();
    const t = await load({ mode: 'external', issuer: mocks.idp.issuer });
    await t.services.userManager.storeUser(
      new User({
        access_token: 'at-old',
        token_type: 'bearer',
        profile: { sub: 'ada' } as never,
        expires_at: now() + 5,
      }),
    );
    t.iframes.respond = (url) => mocks.idp.authorizeError(url, 'login_required');
    await expect(t.services.renewer.renew('at-old')).rejects.toMatchObject({ kind: 'invalid-grant' });
    // The screen stays: the dialog signs in again in a popup; nothing redirects or drops the user under it.
    expect(t.services.status.get().expired).not.toBeNull();
    expect(await t.services.userManager.getUser()).not.toBeNull();
    expect(t.redirects.urls).toHaveLength(0);
  });
});
