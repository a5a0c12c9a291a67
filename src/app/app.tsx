import { useState, type ComponentType, type PropsWithChildren } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  /** The auth layer's provider (session, gate, dialogs); a pass-through when auth is off. */
  AuthShell: ComponentType<PropsWithChildren>;
}

export function App({ queryClient, AuthShell }: AppProps) {
  const [router] = useState(() => createAppRouter());
  return (
    <QueryClientProvider client={queryClient}>
      <AuthShell>
        <RouterProvider router={router} />
      </AuthShell>
    </QueryClientProvider>
  );
}
