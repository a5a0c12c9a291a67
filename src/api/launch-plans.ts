import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { launchPlan } from './decode-entities';
import { adminPath, listQuery } from './list-query';
import { launchPlanKeys } from './query-keys';
import type { LaunchPlan } from './types/workflows';

export interface LaunchPlansParams {
  project: string;
  domain: string;
  name: string;
  limit?: number;
}

const decodeLaunchPlans = page('launch_plans', launchPlan);

/** Versions of the launch plan with this name (a workflow's default launch plan shares its name). */
export async function fetchLaunchPlans(
  { project, domain, name, limit = 20 }: LaunchPlansParams,
  signal?: AbortSignal,
): Promise<LaunchPlan[]> {
  const path = adminPath('launch_plans', project, domain, name);
  const query = listQuery({ limit, sort: { key: 'created_at', direction: 'DESCENDING' } });
  const json = await adminFetch(path, { query, signal });
  return decodeResponse(decodeLaunchPlans, json, path).items;
}

export function launchPlansQueryOptions({ project, domain, name, limit = 20 }: LaunchPlansParams) {
  return queryOptions({
    queryKey: launchPlanKeys.list({ project, domain, name, limit }),
    queryFn: ({ signal }) => fetchLaunchPlans({ project, domain, name, limit }, signal),
  });
}

export function useLaunchPlans(params: LaunchPlansParams) {
  return useQuery(launchPlansQueryOptions(params));
}
