import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { taskExecution } from './decode-nodes';
import { adminPath, listQuery } from './list-query';
import { LIVE_INTERVAL_MS } from './phases';
import { executionKeys } from './query-keys';
import type { ExecutionId } from './types/common';
import type { TaskExecution } from './types/node-executions';

export interface TaskExecutionsParams extends ExecutionId {
  nodeId: string;
}

const decodeTasks = page('task_executions', taskExecution);

/** Attempts of the task behind one node; their closures carry the log links. */
export async function fetchTaskExecutions(
  { project, domain, name, nodeId }: TaskExecutionsParams,
  signal?: AbortSignal,
): Promise<TaskExecution[]> {
  const path = adminPath('task_executions', project, domain, name, nodeId);
  const json = await adminFetch(path, { query: listQuery({ limit: 100 }), signal });
  return decodeResponse(decodeTasks, json, path).items;
}

export function taskExecutionsQueryOptions({ project, domain, name, nodeId }: TaskExecutionsParams) {
  return queryOptions({
    queryKey: executionKeys.tasks({ project, domain, name }, nodeId),
    queryFn: ({ signal }) => fetchTaskExecutions({ project, domain, name, nodeId }, signal),
  });
}

export function useTaskExecutions(params: TaskExecutionsParams, { live = false }: { live?: boolean } = {}) {
  return useQuery({
    ...taskExecutionsQueryOptions(params),
    refetchInterval: live ? LIVE_INTERVAL_MS : false,
  });
}
