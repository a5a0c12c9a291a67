import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { nodeExecution } from './decode-nodes';
import { adminPath, listQuery } from './list-query';
import { LIVE_INTERVAL_MS } from './phases';
import { executionKeys } from './query-keys';
import type { ExecutionId } from './types/common';
import type { NodeExecution } from './types/node-executions';

/**
 * One request reads a whole level of a 1,000-node workflow, so polling costs one request per interval whatever the
 * node count; flyteadmin caps no list size (validation.go ValidateLimit only refuses 0). Bigger levels are paged.
 */
const NODE_LIMIT = 2_000;

const decodeNodes = page('node_executions', nodeExecution);

async function fetchNodeExecutions(
  { project, domain, name }: ExecutionId,
  parentId?: string,
  signal?: AbortSignal,
): Promise<NodeExecution[]> {
  const path = adminPath('node_executions', project, domain, name);
  const nodes: NodeExecution[] = [];
  let token = '';
  do {
    const query = {
      ...listQuery({ limit: NODE_LIMIT, token, sort: { key: 'created_at', direction: 'ASCENDING' } }),
      // flyteadmin lists a sub-workflow's or dynamic node's children under the parent's unique node id.
      unique_parent_id: parentId,
    };
    const json = await adminFetch(path, { query, signal });
    const page = decodeResponse(decodeNodes, json, path);
    nodes.push(...page.items);
    token = page.token;
  } while (token);
  return nodes;
}

/** Top-level nodes, or the children of `parentId`; children's keys extend the execution's, so one invalidation covers both. */
export function nodeExecutionsQueryOptions({ project, domain, name }: ExecutionId, parentId?: string) {
  const id = { project, domain, name };
  return queryOptions({
    queryKey: parentId ? executionKeys.childNodes(id, parentId) : executionKeys.nodes(id),
    queryFn: ({ signal }) => fetchNodeExecutions(id, parentId, signal),
  });
}

export function useNodeExecutions(
  id: ExecutionId,
  { live = false, parentId }: { live?: boolean; parentId?: string } = {},
) {
  return useQuery({
    ...nodeExecutionsQueryOptions(id, parentId),
    refetchInterval: live ? LIVE_INTERVAL_MS : false,
  });
}
