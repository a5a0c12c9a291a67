import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, nullable, obj } from './decode';
import { identifier } from './decode-common';
import { launchOptions } from './decode-launch';
import { executionKeys } from './query-keys';
import type { ExecutionId, Identifier } from './types/common';
import type { LaunchOptions } from './types/launch';
import { adminPath } from './list-query';

interface ExecutionLaunchSpec {
  launchPlan: Identifier | null;
  options: LaunchOptions;
}

const decodeSpec = obj({ spec: obj({ launch_plan: nullable(identifier) }) });

/** What an execution was launched with (its ExecutionSpec), read once to prefill Relaunch; never polled. */
async function fetchExecutionLaunchSpec(
  { project, domain, name }: ExecutionId,
  signal?: AbortSignal,
): Promise<ExecutionLaunchSpec> {
  const path = adminPath('executions', project, domain, name);
  const json = await adminFetch(path, { signal });
  const { spec } = decodeResponse(decodeSpec, json, path);
  const options = decodeResponse(obj({ spec: launchOptions }), json, path).spec;
  return { launchPlan: spec.launch_plan, options };
}

function executionLaunchSpecQueryOptions({ project, domain, name }: ExecutionId) {
  return queryOptions({
    queryKey: executionKeys.launchSpec({ project, domain, name }),
    queryFn: ({ signal }) => fetchExecutionLaunchSpec({ project, domain, name }, signal),
    staleTime: Infinity,
  });
}

export function useExecutionLaunchSpec(id: ExecutionId, options: { enabled?: boolean } = {}) {
  return useQuery({ ...executionLaunchSpecQueryOptions(id), enabled: options.enabled ?? true });
}
