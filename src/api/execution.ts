import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { execution } from './decode-executions';
import { adminPath } from './list-query';
import { LIVE_INTERVAL_MS, isTerminalPhase } from './phases';
import { executionKeys } from './query-keys';
import type { ExecutionId } from './types/common';
import type { Execution } from './types/executions';
import { workflowQueryOptions } from './workflow';

async function fetchExecution(
  { project, domain, name }: ExecutionId,
  signal?: AbortSignal,
): Promise<Execution> {
  const path = adminPath('executions', project, domain, name);
  const json = await adminFetch(path, { signal });
  return decodeResponse(execution, json, path);
}

export function executionQueryOptions({ project, domain, name }: ExecutionId) {
  return queryOptions({
    queryKey: executionKeys.detail({ project, domain, name }),
    queryFn: async ({ signal, client }) => {
      const result = await fetchExecution({ project, domain, name }, signal);
      // Its page draws the workflow version's graph, named only here: read it now, not a render later. A
      // registered version never changes, so polls find it cached and read nothing.
      if (result.workflowId) void client.prefetchQuery(workflowQueryOptions(result.workflowId));
      return result;
    },
    // Watch a running execution until it ends; hidden tabs do not poll.
    refetchInterval: (query) => {
      const phase = query.state.data?.phase;
      return phase === undefined || isTerminalPhase(phase) ? false : LIVE_INTERVAL_MS;
    },
    refetchIntervalInBackground: false,
  });
}

export function useExecution(id: ExecutionId) {
  return useQuery(executionQueryOptions(id));
}
