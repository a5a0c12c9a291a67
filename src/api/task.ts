import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { taskDetail } from './decode-launch';
import { taskKeys } from './query-keys';
import type { TaskDetail } from './types/launch';
import { adminPath } from './list-query';

export interface TaskParams {
  project: string;
  domain: string;
  name: string;
  version: string;
}

/** One task version with its interface (closure.compiled_task.template.interface). */
export async function fetchTask(
  { project, domain, name, version }: TaskParams,
  signal?: AbortSignal,
): Promise<TaskDetail> {
  const path = adminPath('tasks', project, domain, name, version);
  return decodeResponse(taskDetail, await adminFetch(path, { signal }), path);
}

export function taskQueryOptions({ project, domain, name, version }: TaskParams) {
  return queryOptions({
    queryKey: taskKeys.detail({ project, domain, name, version }),
    queryFn: ({ signal }) => fetchTask({ project, domain, name, version }, signal),
    // A registered version never changes.
    staleTime: Infinity,
  });
}

export function useTask(params: TaskParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...taskQueryOptions(params), enabled: options.enabled ?? true });
}
