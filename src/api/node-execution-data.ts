import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, isRecord, type Decoder } from './decode';
import type { ExecutionId } from './types/common';
import { executionData } from './decode-executions';
import type { ExecutionData } from './types/executions';
import { compiledGraph } from './decode-graph';
import type { CompiledGraph } from './types/graph';
import { adminPath } from './list-query';
import { executionKeys } from './query-keys';

export interface NodeExecutionData extends ExecutionData {
  /** A dynamic node's workflow, compiled at run time (`dynamic_workflow.compiled_workflow`). */
  dynamicGraph: CompiledGraph | null;
}

const nodeData: Decoder<NodeExecutionData> = (value, path) => {
  const dynamic = isRecord(value) && isRecord(value.dynamic_workflow) ? value.dynamic_workflow : null;
  return {
    ...executionData(value, path),
    dynamicGraph:
      dynamic && isRecord(dynamic.compiled_workflow)
        ? compiledGraph(dynamic.compiled_workflow, 'dynamic_workflow.compiled_workflow')
        : null,
  };
};

/** `GET /api/v1/data/node_executions/{project}/{domain}/{name}/{node_id}`: a node's inputs and outputs. */
async function fetchNodeExecutionData(
  { project, domain, name, nodeId }: ExecutionId & { nodeId: string },
  signal?: AbortSignal,
): Promise<NodeExecutionData> {
  const path = adminPath('data', 'node_executions', project, domain, name, nodeId);
  const json = await adminFetch(path, { signal });
  return decodeResponse(nodeData, json, path);
}

export function nodeExecutionDataQueryOptions({
  project,
  domain,
  name,
  nodeId,
}: ExecutionId & { nodeId: string }) {
  return queryOptions({
    queryKey: executionKeys.nodeData({ project, domain, name }, nodeId),
    queryFn: ({ signal }) => fetchNodeExecutionData({ project, domain, name, nodeId }, signal),
  });
}

/** Never on a timer: the inspector reads it again when the node's phase changes (outputs come with success). */
export function useNodeExecutionData(
  params: ExecutionId & { nodeId: string },
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...nodeExecutionDataQueryOptions(params), enabled });
}
