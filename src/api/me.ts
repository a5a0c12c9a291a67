import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';

/**
 * flyteadmin's GET /me: the signed-in identity, the only source of a name with the internal authorization server
 * (it issues no id_token). Fields are optional because flyteadmin leaves unknown ones empty.
 */
export interface Me {
  subject?: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  picture?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const json = await adminFetch('/me', { signal });
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  return {
    subject: text(body.subject),
    name: text(body.name),
    preferred_username: text(body.preferred_username),
    email: text(body.email),
    picture: text(body.picture),
  };
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'me'] as const,
    queryFn: ({ signal }) => fetchMe(signal),
    // Who is signed in does not change under a session; sign-out clears the whole cache.
    staleTime: Infinity,
  });
}

export function useMe({ enabled }: { enabled: boolean }) {
  return useQuery({ ...meQueryOptions(), enabled });
}
