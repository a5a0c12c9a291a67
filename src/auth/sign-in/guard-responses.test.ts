import { UserManager } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { guardResponses } from './guard-responses';
import type { OAuthResolution } from '../types';
import { userManagerSettings } from '../session/user-manager';

const resolution: OAuthResolution = {
  kind: 'oauth',
  mode: 'external',
  server: 'external',
  issuer: 'https://idp.test',
  metadata: {
    issuer: 'https://idp.test',
    authorization_endpoint: 'https://idp.test/a',
    token_endpoint: 'https://idp.test/t',
  },
  discoveryUrls: [],
  clientId: 'flyteconsole',
  scopes: ['openid'],
  audience: undefined,
  extraQueryParams: {},
  headerName: 'flyte-authorization',
  userStore: 'session',
  adminUrl: 'https://admin.test',
};

describe('guardResponses', () => {
  it("wraps oidc-client-ts' popup and iframe navigators (fails if the library renames them)", () => {
    const um = new UserManager(userManagerSettings(resolution));
    expect(guardResponses(um, resolution)).toEqual(['_popupNavigator', '_iframeNavigator']);
  });

  it('refuses a popup or iframe response from another issuer before it reaches the library', async () => {
    const um = new UserManager(userManagerSettings(resolution), undefined, {
      prepare: async () => ({
        navigate: async () => ({ url: 'https://x.test/cb?code=1&state=s&iss=https://evil.test' }),
        close: () => undefined,
      }),
      callback: async () => undefined,
    });
    guardResponses(um, resolution);
    const popup = (
      um as unknown as {
        _popupNavigator: { prepare(p: unknown): Promise<{ navigate(p: unknown): Promise<unknown> }> };
      }
    )._popupNavigator;
    const window = await popup.prepare({});
    await expect(window.navigate({ url: 'https://idp.test/a', state: 's' })).rejects.toThrow(
      /not from "https:\/\/idp.test"/,
    );
  });
});
