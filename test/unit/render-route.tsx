/**
 * Render helpers for the view tests (never imported by app code): a fresh QueryClient per render with retries
 * off, and a memory router holding the real route patterns. The admin they talk to is view-server.ts.
 */
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

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
