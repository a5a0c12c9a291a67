import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { launchPlan } from './decode-entities';
import { eq } from './filters';
import { adminPath, listQuery } from './list-query';
import { launchPlanKeys } from './query-keys';

export interface WorkflowLaunchPlansParams {
  project: string;
  domain: string;
  workflow: string;
}

const decodeLaunchPlans = page('launch_plans', launchPlan);

/** Every launch plan (any name, any version) of a workflow, newest first: what the launch form can pick. */
async function fetchWorkflowLaunchPlans(
  { project, domain, workflow }: WorkflowLaunchPlansParams,
  signal?: AbortSignal,
) {
  const path = adminPath('launch_plans', project, domain);
  const query = listQuery({
    limit: 100,
    sort: { key: 'created_at', direction: 'DESCENDING' },
    filters: [eq('workflow.name', workflow)],
  });
  const json = await adminFetch(path, { query, signal });
  return decodeResponse(decodeLaunchPlans, json, path).items;
}

function workflowLaunchPlansQueryOptions({ project, domain, workflow }: WorkflowLaunchPlansParams) {
  return queryOptions({
    queryKey: launchPlanKeys.ofWorkflow({ project, domain, workflow }),
    queryFn: ({ signal }) => fetchWorkflowLaunchPlans({ project, domain, workflow }, signal),
  });
}

export function useWorkflowLaunchPlans(params: WorkflowLaunchPlansParams) {
  return useQuery(workflowLaunchPlansQueryOptions(params));
}
