import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { arr, decodeResponse, obj } from './decode';
import { domain, type Domain } from './decode-entities';
import { adminPath } from './list-query';

const decodeDomains = obj({ domains: arr(domain) });

/** The deployment's domains (development, staging, production...), the same for every project. */
export async function fetchDomains(signal?: AbortSignal): Promise<Domain[]> {
  const path = adminPath('domains');
  const json = await adminFetch(path, { signal });
  return decodeResponse(decodeDomains, json, path).domains;
}

export function domainsQueryOptions() {
  return queryOptions({
    queryKey: ['domains'] as const,
    queryFn: ({ signal }) => fetchDomains(signal),
    staleTime: 30 * 60_000,
  });
}

export function useDomains() {
  return useQuery(domainsQueryOptions());
}
