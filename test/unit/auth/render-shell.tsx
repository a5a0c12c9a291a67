import { StrictMode } from 'react';
import type { INavigator, IWindow, NavigateParams, NavigateResponse } from 'oidc-client-ts';
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { configureAdminClient, adminFetch } from '../../../src/api/admin-client-instance';
import { describeApiError } from '../../../src/api/api-error';
import { Layout } from '../../../src/app/layout';
import { validateConfig } from '../../../src/config/validate-config';
import { createAuthServices } from '../../../src/auth/session/auth-services';
import { createAuthShell } from '../../../src/auth/ui/auth-shell';
import { createAuthBridge } from '../../../src/auth/session/bridge';
import { CallbackPage } from '../../../src/auth/pages/callback-page';
import { LogoutPage } from '../../../src/auth/pages/logout-page';
import { RequireSession } from '../../../src/auth/sign-in/require-session';
import { resolveAuth } from '../../../src/auth/discovery/resolve-auth';
import type { AuthServices, OAuthResolution } from '../../../src/auth/types';
import { SignedOutPage } from '../../../src/auth/pages/signed-out-page';
import { createTabSync } from '../../../src/auth/session/tab-sync';
import { createUserManager } from '../../../src/auth/session/user-manager';

/** flyteadmin's origin in the shared test/msw mocks. */
export const ADMIN = 'https://admin.test';

/** Records where the library would send the browser, instead of leaving the test page. */
class CapturingNavigator implements INavigator {
  readonly urls: string[] = [];
  /** Set to make the next popup behave as if the browser blocked it. */
  blocked = false;
  /** For popups: produces the URL the popup would come back with. */
  respond: ((url: string) => string) | null = null;

  async prepare(): Promise<IWindow> {
    if (this.blocked) {
      return {
        navigate: () => Promise.reject(new Error('Attempted to navigate on a disposed window')),
        close: () => undefined,
      };
    }
    return {
      navigate: (params: NavigateParams): Promise<NavigateResponse> => {
        this.urls.push(params.url);
        if (this.respond) return Promise.resolve({ url: this.respond(params.url) });
        return new Promise<NavigateResponse>(() => undefined);
      },
      close: () => undefined,
    };
  }

  async callback(): Promise<void> {}

  get last(): string {
    const url = this.urls[this.urls.length - 1];
    if (!url) throw new Error('No navigation happened');
    return url;
  }
}

/** A data page: one admin request through the real admin client. */
function ProbePage() {
  const query = useQuery(
    queryOptions({
      queryKey: ['probe-projects'],
      queryFn: ({ signal }) =>
        adminFetch('/api/v1/projects', { signal }) as Promise<{ projects: { name: string }[] }>,
    }),
  );
  if (query.isError) return <p role="alert">{describeApiError(query.error)}</p>;
  if (!query.data) return <p>Loading projects…</p>;
  return <p>Projects: {query.data.projects.map((p) => p.name).join(', ')}</p>;
}

const testRoutes: RouteObject[] = [
  { path: '/callback', element: <CallbackPage /> },
  { path: '/logout', element: <LogoutPage /> },
  { path: '/signed-out', element: <SignedOutPage /> },
  {
    element: <RequireSession />,
    children: [{ element: <Layout />, children: [{ path: '*', element: <ProbePage /> }] }],
  },
];

export interface TestAuth {
  resolution: OAuthResolution;
  services: AuthServices;
  redirects: CapturingNavigator;
  popups: CapturingNavigator;
  iframes: CapturingNavigator;
  queryClient: QueryClient;
  renderAt(url: string): ReturnType<typeof render>;
  dispose(): void;
}

let channelSerial = 0;

/** Resolves auth against the MSW mocks and wires everything like main.tsx does, with capturing navigators. */
export async function setupAuth(
  auth: Record<string, unknown> = {},
  options: {
    channel?: string;
    /** Short time-outs for tests of unanswered requests (the app's are 20 s and 5/15/45 s). */
    requestTimeoutInSeconds?: number;
    offlineRetryDelaysMs?: readonly number[];
  } = {},
): Promise<TestAuth> {
  const validated = validateConfig({ adminUrl: ADMIN, auth });
  if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
  const resolution = await resolveAuth(validated.config);
  if (resolution.kind !== 'oauth') throw new Error(`expected oauth, got ${resolution.kind}`);
  const redirects = new CapturingNavigator();
  const popups = new CapturingNavigator();
  const iframes = new CapturingNavigator();
  const userManager = createUserManager(
    resolution,
    { redirect: redirects, popup: popups, iframe: iframes },
    options.requestTimeoutInSeconds,
  );
  channelSerial += 1;
  const tabs = createTabSync(options.channel ?? `test-channel-${channelSerial}`);
  const services = createAuthServices(resolution, userManager, {
    tabs,
    locks: null,
    // Top-level navigations of the console itself (flyteadmin's /logout) land in the same record.
    navigate: (url) => redirects.urls.push(url),
    offlineRetryDelaysMs: options.offlineRetryDelaysMs,
  });
  services.renewer.start();
  configureAdminClient({ baseUrl: ADMIN, auth: createAuthBridge(services) });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Shell = createAuthShell(services);
  return {
    resolution,
    services,
    redirects,
    popups,
    iframes,
    queryClient,
    renderAt(url: string) {
      window.history.replaceState(null, '', url);
      const router = createBrowserRouter(testRoutes, { basename: '/console' });
      // StrictMode like main.tsx: effects run twice, so sign-in steps must still happen once.
      return render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <Shell>
              <RouterProvider router={router} />
            </Shell>
          </QueryClientProvider>
        </StrictMode>,
      );
    },
    dispose() {
      services.dispose();
      queryClient.clear();
    },
  };
}

/** Full sign-in without a browser: start a redirect, let the mock IdP answer, complete the callback. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
