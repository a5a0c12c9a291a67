import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { arr, decodeResponse, obj } from './decode';
import { domain } from './decode-entities';
import { adminPath } from './list-query';
import { domainKeys } from './query-keys';
import type { Domain } from './types/projects';

const decodeDomains = obj({ domains: arr(domain) });

/** The deployment's domains (development, staging, production...), the same for every project. */
export async function fetchDomains(signal?: AbortSignal): Promise<Domain[]> {
  const path = adminPath('domains');
  const json = await adminFetch(path, { signal });
  return decodeResponse(decodeDomains, json, path).domains;
}

export function domainsQueryOptions() {
  return queryOptions({
    queryKey: domainKeys.all(),
    queryFn: ({ signal }) => fetchDomains(signal),
    staleTime: 30 * 60_000,
  });
}

export function useDomains() {
  return useQuery(domainsQueryOptions());
}
