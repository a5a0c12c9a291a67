import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteErrorPage } from './route-error-page';
import { ApiError } from '../api/api-error';

function Boom(): never {
  throw new ApiError({ status: 0, kind: 'offline', url: 'https://admin.test/api/v1/projects', message: 'x' });
}

describe('RouteErrorPage', () => {
  it('says what failed and offers a reload instead of a blank page', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Boom />, errorElement: <RouteErrorPage /> }]);
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByText(/could not be reached/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
