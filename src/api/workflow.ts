import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { workflow } from './decode-entities';
import { adminPath } from './list-query';
import { workflowKeys } from './query-keys';
import type { Workflow } from './types/workflows';

export interface WorkflowParams {
  project: string;
  domain: string;
  name: string;
  version: string;
}

/** One version with its compiled closure: the only read that carries the interface. */
export async function fetchWorkflow(
  { project, domain, name, version }: WorkflowParams,
  signal?: AbortSignal,
): Promise<Workflow> {
  const path = adminPath('workflows', project, domain, name, version);
  const json = await adminFetch(path, { signal });
  return decodeResponse(workflow, json, path);
}

export function workflowQueryOptions({ project, domain, name, version }: WorkflowParams) {
  return queryOptions({
    queryKey: workflowKeys.detail({ project, domain, name, version }),
    queryFn: ({ signal }) => fetchWorkflow({ project, domain, name, version }, signal),
    // A registered version never changes.
    staleTime: Infinity,
  });
}

export function useWorkflow(params: WorkflowParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...workflowQueryOptions(params), enabled: options.enabled ?? true });
}
