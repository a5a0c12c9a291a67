import { User } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import type { AuthServices } from '../types';
import { probeSessionOf } from './probe-session';

function user(expiresIn: number, refresh?: string): User {
  return new User({
    access_token: expiresIn > 0 ? 'fresh' : 'stale',
    token_type: 'bearer',
    refresh_token: refresh,
    scope: 'all offline',
    profile: {} as never,
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
  });
}

function services(current: User | null, renewed: User | null = null) {
  const renew = vi.fn(() => Promise.resolve(renewed));
  const fake = {
    userManager: { getUser: () => Promise.resolve(current) },
    renewer: { renew },
    resolution: { scopes: ['all', 'offline'] },
  } as unknown as AuthServices;
  return { fake, renew };
}

describe('probeSessionOf', () => {
  it('is null without a user', () => {
    expect(probeSessionOf(services(null).fake, null)).toBeNull();
  });

  it('describes the session and reads the current token only when asked', async () => {
    const held = user(600, 'rt');
    const session = probeSessionOf(services(held).fake, held);
    expect(session).toMatchObject({
      refreshTokenHeld: true,
      requestedScopes: ['all', 'offline'],
      grantedScopes: ['all', 'offline'],
    });
    expect(await session?.accessToken()).toBe('fresh');
  });

  it('renews an expired token first, so the admin is not judged on a stale one', async () => {
    const stale = user(-5, 'rt');
    const { fake, renew } = services(stale, user(600, 'rt2'));
    expect(await probeSessionOf(fake, stale)?.accessToken()).toBe('fresh');
    expect(renew).toHaveBeenCalledWith('stale');
  });
});
