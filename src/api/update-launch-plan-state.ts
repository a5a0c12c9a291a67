import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { adminPath } from './list-query';
import { launchPlanKeys } from './query-keys';

export type LaunchPlanStateValue = 'ACTIVE' | 'INACTIVE';

interface UpdateLaunchPlanStateInput {
  project: string;
  domain: string;
  name: string;
  version: string;
  state: LaunchPlanStateValue;
}

/**
 * PUT /api/v1/launch_plans/{project}/{domain}/{name}/{version} (UpdateLaunchPlan). The id carries its resource
 * type: deactivating validates it (flyteadmin/pkg/manager/impl/launch_plan_manager.go:226-229, validation.go:103-107).
 * Activating a version deactivates the formerly active one of the same name (launch_plan_manager.go:287-312).
 */
async function updateLaunchPlanState({ project, domain, name, version, state }: UpdateLaunchPlanStateInput) {
  const path = adminPath('launch_plans', project, domain, name, version);
  const id = { resource_type: 'LAUNCH_PLAN', project, domain, name, version };
  await adminFetch(path, { method: 'PUT', body: { id, state } });
}

export function useUpdateLaunchPlanState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLaunchPlanState,
    // Two versions may change state (the one asked for and the formerly active one), and which one is active.
    onSuccess: (_result, { project, domain, name }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: launchPlanKeys.listScope({ project, domain, name }) }),
        queryClient.invalidateQueries({ queryKey: launchPlanKeys.detailScope({ project, domain, name }) }),
        queryClient.invalidateQueries({ queryKey: launchPlanKeys.active({ project, domain, name }) }),
        queryClient.invalidateQueries({ queryKey: launchPlanKeys.ofWorkflowScope({ project, domain }) }),
      ]),
  });
}
