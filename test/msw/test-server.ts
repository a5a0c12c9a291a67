// A mocked IdP and flyteadmin for unit tests, as MSW handlers. Tests get them through setupMsw (setup-msw.ts),
// the one MSW entry point; createMocks is for code that needs the handlers themselves.
import type { HttpHandler } from 'msw';
import type { MockAdminOptions } from './mock-admin.ts';
import { createMockAdmin } from './mock-admin.ts';
import type { GrantType } from './mock-controls.ts';
import type { MockIdpOptions } from './mock-idp.ts';
import { createMockIdp } from './mock-idp.ts';

export interface TestServerOptions {
  idp?: MockIdpOptions;
  /** `idp` is filled in with the server's IdP. */
  admin?: Omit<MockAdminOptions, 'idp'>;
  /** Extra handlers, e.g. for config.json; they take precedence over the mocks. */
  handlers?: HttpHandler[];
}

export function createMocks(options: TestServerOptions = {}) {
  const idp = createMockIdp(options.idp);
  const admin = createMockAdmin({ ...options.admin, idp });
  const apiRequests = () => admin.controls.counters.apiRequests;
  return {
    idp,
    admin,
    store: admin.store,
    handlers: [...(options.handlers ?? []), ...idp.handlers, ...admin.handlers],
    /** The callback URL after the user signs in at whichever server the authorize URL points to. */
    authorizeRedirect(authorizeUrl: string, params: Record<string, string> = {}): string {
      return authorizeUrl.startsWith(`${idp.issuer}/`)
        ? idp.authorizeRedirect(authorizeUrl, undefined, params)
        : admin.authorizeRedirect(authorizeUrl);
    },
    /** Token requests that reached either server (injected network failures never do). */
    tokenRequests(grant: GrantType): number {
      return idp.controls.counters.tokenRequests[grant] + admin.controls.counters.tokenRequests[grant];
    },
    /** flyteadmin calls, as "METHOD /path?query", optionally only those whose path starts with `prefix`. */
    adminCalls(prefix = '/'): string[] {
      return apiRequests()
        .filter((r) => r.path.startsWith(prefix))
        .map((r) => `${r.method} ${r.path}${r.search}`);
    },
    reset(): void {
      idp.controls.reset();
      admin.controls.reset();
    },
  };
}

export type Mocks = ReturnType<typeof createMocks>;
