import { useLaunchPlan } from '../../api/launch-plan';
import { useWorkflow } from '../../api/workflow';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';
import { fieldsOfLaunchPlan } from './launch-fields';
import { LaunchForm } from './launch-form';

export interface LaunchPlanRef {
  project: string;
  domain: string;
  name: string;
  version: string;
}

/** Loads one launch plan version (and its workflow's interface, for the types of fixed inputs) into the form. */
export function LaunchPlanForm({
  plan,
  prefill,
}: {
  plan: LaunchPlanRef;
  prefill?: Record<string, unknown>;
}) {
  const lp = useLaunchPlan(plan);
  const wfId = lp.data?.workflowId;
  const workflow = useWorkflow(
    {
      project: wfId?.project ?? '',
      domain: wfId?.domain ?? '',
      name: wfId?.name ?? '',
      version: wfId?.version ?? '',
    },
    { enabled: Boolean(wfId && lp.data && Object.keys(lp.data.fixedInputs).length > 0) },
  );
  if (lp.isPending) return <LoadingSkeleton label="Loading launch plan" rows={3} />;
  if (lp.isError)
    return (
      <ErrorState
        title="The launch plan could not be loaded."
        error={lp.error}
        onRetry={() => void lp.refetch()}
      />
    );
  const fields = fieldsOfLaunchPlan(lp.data, workflow.data?.interface?.inputs);
  return (
    <LaunchForm
      key={`${plan.name}@${plan.version}`}
      project={plan.project}
      domain={plan.domain}
      target={{ resourceType: 'LAUNCH_PLAN', ...plan }}
      fields={fields}
      prefill={prefill}
      defaultOptions={lp.data.options}
    />
  );
}
