import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { me } from './decode-me';
import { meKeys } from './query-keys';
import type { Me } from './types/me';

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const json = await adminFetch('/me', { signal });
  return decodeResponse(me, json, '/me');
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meKeys.current(),
    queryFn: ({ signal }) => fetchMe(signal),
    // Who is signed in does not change under a session; sign-out clears the whole cache.
    staleTime: Infinity,
  });
}

export function useMe({ enabled }: { enabled: boolean }) {
  return useQuery({ ...meQueryOptions(), enabled });
}
