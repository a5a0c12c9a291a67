import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import type { ExecutionId } from './types/common';
import { nodeExecution } from './decode-nodes';
import type { NodeExecution } from './types/node-executions';
import { adminPath } from './list-query';
import { executionKeys } from './query-keys';
import { LIVE_INTERVAL_MS, isTerminalPhase } from './phases';

export interface NodeExecutionParams extends ExecutionId {
  /** flyteadmin's unique node id: `n2`, or `n1-0-n0` for a node inside n1. */
  nodeId: string;
}

/** `GET /api/v1/node_executions/{project}/{domain}/{name}/{node_id}`: one node at any depth. */
async function fetchNodeExecution(
  { project, domain, name, nodeId }: NodeExecutionParams,
  signal?: AbortSignal,
): Promise<NodeExecution> {
  const path = adminPath('node_executions', project, domain, name, nodeId);
  const json = await adminFetch(path, { signal });
  return decodeResponse(nodeExecution, json, path);
}

function nodeExecutionQueryOptions({ project, domain, name, nodeId }: NodeExecutionParams) {
  return queryOptions({
    queryKey: executionKeys.node({ project, domain, name }, nodeId),
    queryFn: ({ signal }) => fetchNodeExecution({ project, domain, name, nodeId }, signal),
  });
}

/** Polled while the run is live and the node has not finished; one node, so one request per interval. */
export function useNodeExecution(params: NodeExecutionParams, { live = false }: { live?: boolean } = {}) {
  return useQuery({
    ...nodeExecutionQueryOptions(params),
    refetchInterval: (query) => {
      const phase = query.state.data?.phase;
      return live && (phase === undefined || !isTerminalPhase(phase)) ? LIVE_INTERVAL_MS : false;
    },
    refetchIntervalInBackground: false,
  });
}
