/**
 * Test-only helpers for the view tests (never imported by app code): an MSW server over the seeded
 * flyteadmin core from test/fixtures (auth off, so the admin client sends no token), a fresh QueryClient per
 * render with retries off, and a memory router holding the real route patterns.
 */
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createAdminApi } from '../../test/fixtures/admin-api.ts';
import { createSeededStore, type AdminStore } from '../../test/fixtures/seeded-store.ts';
import { configureAdminClient } from '../api/admin-client-instance';

export const ADMIN = 'https://admin.test';

export interface AdminMock {
  server: ReturnType<typeof setupServer>;
  store: AdminStore;
  /** Every /api/v1 request the views made, as "METHOD /path?query". */
  requests: string[];
}

export function createAdminMock(): AdminMock {
  const store = createSeededStore({ seed: 11, bigProjectExecutions: 250 });
  const api = createAdminApi(store);
  const requests: string[] = [];
  const server = setupServer(
    http.all(`${ADMIN}/api/v1/*`, async ({ request }) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      const body = request.method === 'GET' ? null : await request.text();
      const answer = api.handle({
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        body,
        accept: request.headers.get('accept'),
        principal: 'test-user',
      });
      return HttpResponse.json(answer.body as Record<string, unknown>, { status: answer.status });
    }),
  );
  return { server, store, requests };
}

export function useAdminClient(): void {
  configureAdminClient({ baseUrl: ADMIN, auth: null });
}

/** Renders `element` at `path` (one of the route patterns in `routes`), with a fresh QueryClient. */
export function renderRoute(
  path: string,
  url: string,
  element: ReactElement,
  extraRoutes: RouteObject[] = [],
): { queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const router = createMemoryRouter(
    [{ path, element }, ...extraRoutes, { path: '*', element: <p>Elsewhere</p> }],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient, router };
}

/** jsdom has no layout: give elements a size so the virtualizer (which reads clientHeight) renders rows. */
export function fakeLayout(height = 800): () => void {
  const saved = (['clientHeight', 'clientWidth', 'offsetHeight'] as const).map(
    (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
  );
  for (const [key] of saved) {
    Object.defineProperty(HTMLElement.prototype, key, {
      configurable: true,
      get: () => (key === 'clientWidth' ? 1000 : height),
    });
  }
  return () => {
    for (const [key, descriptor] of saved)
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  };
}
