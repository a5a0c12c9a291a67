import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { buildInfo } from './decode-build-info';
import { decodeResponse } from './decode';
import { buildInfoKeys } from './query-keys';
import type { BuildInfo } from './types/build-info';

const TIMEOUT_MS = 10_000;

/**
 * GET /console/version.json, next to index.html (not flyteadmin, so not through the admin client): which build
 * this origin serves, so an operator can tell whether a rollout arrived. null when the server has none (Vite's
 * dev server); an error for anything else that is wrong.
 */
export async function fetchBuildInfo(signal?: AbortSignal): Promise<BuildInfo | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('version.json did not answer in time')), TIMEOUT_MS);
  });
  try {
    const url = new URL(`${import.meta.env.BASE_URL}version.json`, window.location.origin);
    const response = await Promise.race([
      fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' }, signal }),
      timeout,
    ]);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`version.json answered HTTP ${response.status}`);
    const json: unknown = await response.json().catch(() => {
      throw new ApiError({
        status: 200,
        kind: 'bad-response',
        url: url.pathname,
        message: 'version.json is not JSON',
      });
    });
    return decodeResponse(buildInfo, json, url.pathname);
  } finally {
    clearTimeout(timer);
  }
}

export function buildInfoQueryOptions() {
  return queryOptions({
    queryKey: buildInfoKeys.current(),
    queryFn: ({ signal }) => fetchBuildInfo(signal),
    // A tab runs one build; a new release is picked up by reloading, which refetches.
    staleTime: Infinity,
  });
}

export function useBuildInfo() {
  return useQuery(buildInfoQueryOptions());
}
