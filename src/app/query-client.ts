import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

const NO_RETRY = new Set([
  'unauthorized',
  'auth-required',
  'forbidden',
  'not-found',
  'bad-request',
  'bad-response',
  // Already waited the client's whole time-out: three more would keep the person at a skeleton for minutes.
  'timeout',
]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Retrying cannot fix a refused or malformed answer; the admin client already renewed once on 401.
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && NO_RETRY.has(error.kind)),
        refetchOnWindowFocus: false,
      },
    },
  });
}
