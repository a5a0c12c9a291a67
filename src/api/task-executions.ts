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
async function fetchTaskExecutions(
  { project, domain, name, nodeId }: TaskExecutionsParams,
  signal?: AbortSignal,
): Promise<TaskExecution[]> {
  const path = adminPath('task_executions', project, domain, name, nodeId);
  // Without sort_by flyteadmin returns database order (gormimpl/task_execution_repo.go:123-126 orders only when
  // asked); attempts are the `retry_attempt` column (models/task_execution.go:16, sorting.go:33-36).
  const query = listQuery({ limit: 100, sort: { key: 'retry_attempt', direction: 'ASCENDING' } });
  const json = await adminFetch(path, { query, signal });
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
