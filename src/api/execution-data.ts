import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { executionData } from './decode-executions';
import { adminPath } from './list-query';
import { LIVE_INTERVAL_MS } from './phases';
import { executionKeys } from './query-keys';
import type { ExecutionId } from './types/common';
import type { ExecutionData } from './types/executions';

/** Inputs and outputs as literal maps (`full_inputs`/`full_outputs`), plus where the admin stored them. */
export async function fetchExecutionData(
  { project, domain, name }: ExecutionId,
  signal?: AbortSignal,
): Promise<ExecutionData> {
  const path = adminPath('data', 'executions', project, domain, name);
  const json = await adminFetch(path, { signal });
  return decodeResponse(executionData, json, path);
}

export function executionDataQueryOptions({ project, domain, name }: ExecutionId) {
  return queryOptions({
    queryKey: executionKeys.data({ project, domain, name }),
    queryFn: ({ signal }) => fetchExecutionData({ project, domain, name }, signal),
  });
}

/** `live` while the execution runs: outputs appear when it ends, so keep reading until then. */
export function useExecutionData(id: ExecutionId, { live = false }: { live?: boolean } = {}) {
  return useQuery({ ...executionDataQueryOptions(id), refetchInterval: live ? LIVE_INTERVAL_MS : false });
}
