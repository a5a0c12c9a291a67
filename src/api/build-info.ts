import { queryOptions, useQuery } from '@tanstack/react-query';

/**
 * /console/version.json, written by every build (deploy/version-json.ts): which console build this origin
 * serves, so an operator can tell whether a rollout arrived. Served next to index.html, not by flyteadmin.
 */
export interface BuildInfo {
  version: string;
  commit: string;
  builtAt: string;
}

const TIMEOUT_MS = 10_000;

export function decodeBuildInfo(json: unknown): BuildInfo | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { version, commit, builtAt } = json as Record<string, unknown>;
  if (typeof version !== 'string' || typeof commit !== 'string' || typeof builtAt !== 'string')
    return undefined;
  return { version, commit, builtAt };
}

/** null when the server has no version.json (Vite's dev server); an error for anything else that is wrong. */
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
    const info = decodeBuildInfo(await response.json().catch(() => undefined));
    if (!info) throw new Error('version.json is not {"version", "commit", "builtAt"}');
    return info;
  } finally {
    clearTimeout(timer);
  }
}

export function buildInfoQueryOptions() {
  return queryOptions({
    queryKey: ['console', 'build-info'] as const,
    queryFn: ({ signal }) => fetchBuildInfo(signal),
    // A tab runs one build; a new release is picked up by reloading, which refetches.
    staleTime: Infinity,
  });
}

export function useBuildInfo() {
  return useQuery(buildInfoQueryOptions());
}
