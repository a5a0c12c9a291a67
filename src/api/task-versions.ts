import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { taskDetail } from './decode-launch';
import { adminPath, listQuery } from './list-query';
import { taskKeys } from './query-keys';
import type { TaskDetail } from './types/launch';

const decodeTasks = page('tasks', taskDetail);

/** The newest versions of one task (GET /api/v1/tasks/{p}/{d}/{name}), each with its interface. */
async function fetchTaskVersions(
  { project, domain, name }: { project: string; domain: string; name: string },
  signal?: AbortSignal,
): Promise<TaskDetail[]> {
  const path = adminPath('tasks', project, domain, name);
  const query = listQuery({ limit: 20, sort: { key: 'created_at', direction: 'DESCENDING' } });
  return decodeResponse(decodeTasks, await adminFetch(path, { query, signal }), path).items;
}

function taskVersionsQueryOptions({
  project,
  domain,
  name,
}: {
  project: string;
  domain: string;
  name: string;
}) {
  return queryOptions({
    queryKey: taskKeys.versions({ project, domain, name }),
    queryFn: ({ signal }) => fetchTaskVersions({ project, domain, name }, signal),
  });
}

export function useTaskVersions(params: { project: string; domain: string; name: string }) {
  return useQuery(taskVersionsQueryOptions(params));
}
