import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { routeObjects } from './router';
import { createQueryClient } from './query-client';

function renderAt(path: string) {
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('app routes', () => {
  it('shows the not-found page with the path for an unknown URL', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/console/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the project list' })).toHaveAttribute('href', '/');
  });

  it('has the product name and a skip link in the layout', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('link', { name: 'Flyte Console' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('keeps the signed-out page outside the layout with a way back in', async () => {
    renderAt('/signed-out');
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toBeInTheDocument();
  });
});
