import type { INavigator, IWindow, UserManager } from 'oidc-client-ts';
import { checkResponseIssuer } from './id-token';
import type { OAuthResolution } from '../types';

/**
 * Popup and iframe responses are completed inside oidc-client-ts, which would send their code to the token
 * endpoint without looking at the RFC 9207 `iss` parameter. This wraps the library's popup and iframe navigators
 * so every response URL is checked first (the redirect response is checked by the callback route).
 * oidc-client-ts 3.5 keeps them in private fields; guard-responses.test.ts fails if that ever changes.
 */
const NAVIGATOR_FIELDS = ['_popupNavigator', '_iframeNavigator'] as const;

function guarded(inner: INavigator, check: (url: string) => void): INavigator {
  return {
    // Not async before inner.prepare: a popup must open within the click that asked for it.
    prepare: (params: unknown) =>
      inner.prepare(params).then((window): IWindow => ({
        navigate: async (navigateParams) => {
          const response = await window.navigate(navigateParams);
          check(response.url);
          return response;
        },
        close: () => window.close(),
      })),
    callback: (url, params) => inner.callback(url, params),
  };
}

export function guardResponses(userManager: UserManager, resolution: OAuthResolution): string[] {
  const holder = userManager as unknown as Record<string, INavigator | undefined>;
  const required =
    (resolution.metadata as Record<string, unknown>).authorization_response_iss_parameter_supported === true;
  const check = (url: string) =>
    checkResponseIssuer(new URL(url).searchParams, { issuer: resolution.issuer, required });
  const wrapped: string[] = [];
  for (const field of NAVIGATOR_FIELDS) {
    const inner = holder[field];
    if (!inner) continue;
    holder[field] = guarded(inner, check);
    wrapped.push(field);
  }
  return wrapped;
}
