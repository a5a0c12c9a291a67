import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, obj } from './decode';
import { executionId } from './decode-common';
import type { ExecutionId } from './types/common';
import type { LaunchOptions } from './types/launch';
import { executionKeys } from './query-keys';
import { adminPath } from './list-query';

export interface LaunchTarget {
  /** A launch plan, or a task launched directly (flyteadmin wraps it in a generated launch plan). */
  resourceType: 'LAUNCH_PLAN' | 'TASK';
  project: string;
  domain: string;
  name: string;
  version: string;
}

interface LaunchRequest {
  project: string;
  domain: string;
  /** "" lets the admin pick a name. */
  name: string;
  target: LaunchTarget;
  /** core.Literal values in the admin's JSON, by input name. */
  inputs: Record<string, Record<string, unknown>>;
  options: LaunchOptions;
}

/** ExecutionCreateRequest (admin/execution.proto:21-47) with its ExecutionSpec (:275-349) in snake_case JSON. */
function launchRequestBody({ project, domain, name, target, inputs, options: o }: LaunchRequest) {
  const spec: Record<string, unknown> = {
    launch_plan: {
      resource_type: target.resourceType,
      project: target.project,
      domain: target.domain,
      name: target.name,
      version: target.version,
    },
    labels: { values: o.labels },
    annotations: { values: o.annotations },
    overwrite_cache: o.overwriteCache,
  };
  if (o.envs.length > 0) spec.envs = { values: o.envs };
  if (o.rawOutputPrefix) spec.raw_output_data_config = { output_location_prefix: o.rawOutputPrefix };
  if (o.serviceAccount) spec.security_context = { run_as: { k8s_service_account: o.serviceAccount } };
  if (o.maxParallelism > 0) spec.max_parallelism = o.maxParallelism;
  if (o.interruptible !== null) spec.interruptible = o.interruptible;
  return { project, domain, ...(name ? { name } : {}), spec, inputs: { literals: inputs } };
}

const decodeCreated = obj({ id: executionId });

async function launchExecution(request: LaunchRequest): Promise<ExecutionId> {
  const path = adminPath('executions');
  const json = await adminFetch(path, { method: 'POST', body: launchRequestBody(request) });
  return decodeResponse(decodeCreated, json, path).id;
}

export function useLaunchExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: launchExecution,
    onSuccess: (created) =>
      queryClient.invalidateQueries({ queryKey: executionKeys.listScope(created.project, created.domain) }),
  });
}
