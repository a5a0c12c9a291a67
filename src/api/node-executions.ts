import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page, type ExecutionId } from './decode-common';
import { nodeExecution, type NodeExecution } from './decode-nodes';
import { adminPath, listQuery } from './list-query';
import { LIVE_INTERVAL_MS } from './phases';

/** Enough for any real workflow's top level; children of parent nodes are not listed here. */
export const NODE_LIMIT = 500;

const decodeNodes = page('node_executions', nodeExecution);

export async function fetchNodeExecutions(
  { project, domain, name }: ExecutionId,
  signal?: AbortSignal,
): Promise<NodeExecution[]> {
  const path = adminPath('node_executions', project, domain, name);
  const query = listQuery({ limit: NODE_LIMIT, sort: { key: 'created_at', direction: 'ASCENDING' } });
  const json = await adminFetch(path, { query, signal });
  return decodeResponse(decodeNodes, json, path).items;
}

export function nodeExecutionsQueryOptions({ project, domain, name }: ExecutionId) {
  return queryOptions({
    queryKey: ['executions', 'nodes', { project, domain, name }] as const,
    queryFn: ({ signal }) => fetchNodeExecutions({ project, domain, name }, signal),
  });
}

export function useNodeExecutions(id: ExecutionId, { live = false }: { live?: boolean } = {}) {
  return useQuery({ ...nodeExecutionsQueryOptions(id), refetchInterval: live ? LIVE_INTERVAL_MS : false });
}
