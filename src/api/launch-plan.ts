import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { isApiError } from './api-error';
import { decodeResponse } from './decode';
import { launchPlanDetail } from './decode-launch';
import { launchPlanKeys } from './query-keys';
import type { LaunchPlanDetail } from './types/launch';
import { adminPath } from './list-query';

export interface LaunchPlanParams {
  project: string;
  domain: string;
  name: string;
  version: string;
}

/** One launch plan version with its inputs (closure.expected_inputs, spec.fixed_inputs) and settings. */
async function fetchLaunchPlan(
  { project, domain, name, version }: LaunchPlanParams,
  signal?: AbortSignal,
): Promise<LaunchPlanDetail> {
  const path = adminPath('launch_plans', project, domain, name, version);
  return decodeResponse(launchPlanDetail, await adminFetch(path, { signal }), path);
}

function launchPlanQueryOptions({ project, domain, name, version }: LaunchPlanParams) {
  return queryOptions({
    queryKey: launchPlanKeys.detail({ project, domain, name, version }),
    queryFn: ({ signal }) => fetchLaunchPlan({ project, domain, name, version }, signal),
  });
}

export function useLaunchPlan(params: LaunchPlanParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...launchPlanQueryOptions(params), enabled: options.enabled ?? true });
}

/**
 * The active version of a launch plan (GET /api/v1/active_launch_plans/...), which need not be the newest.
 * No active version is a 404 at the admin; that is an answer here (null), not an error.
 */
async function fetchActiveLaunchPlan(
  { project, domain, name }: Omit<LaunchPlanParams, 'version'>,
  signal?: AbortSignal,
): Promise<LaunchPlanDetail | null> {
  const path = adminPath('active_launch_plans', project, domain, name);
  try {
    return decodeResponse(launchPlanDetail, await adminFetch(path, { signal }), path);
  } catch (error) {
    if (isApiError(error) && error.kind === 'not-found') return null;
    throw error;
  }
}

function activeLaunchPlanQueryOptions({ project, domain, name }: Omit<LaunchPlanParams, 'version'>) {
  return queryOptions({
    queryKey: launchPlanKeys.active({ project, domain, name }),
    queryFn: ({ signal }) => fetchActiveLaunchPlan({ project, domain, name }, signal),
  });
}

export function useActiveLaunchPlan(
  params: Omit<LaunchPlanParams, 'version'>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...activeLaunchPlanQueryOptions(params), enabled: options.enabled ?? true });
}
