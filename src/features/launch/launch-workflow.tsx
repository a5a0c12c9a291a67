import { useState } from 'react';
import { useParams } from 'react-router';
import { useActiveLaunchPlan } from '../../api/launch-plan';
import { useWorkflowLaunchPlans } from '../../api/workflow-launch-plans';
import { LoadingSkeleton } from '../../components/query-state';
import { LaunchPanel } from './launch-panel';
import { LaunchPlanForm, type LaunchPlanRef } from './launch-plan-form';
import { LaunchPlanPicker } from './launch-plan-picker';

/**
 * "Launch workflow" on a workflow page. The default plan is the workflow's active launch plan (which need not be
 * the newest version), else the newest plan of the workflow; any other plan or version can be picked.
 */
export function LaunchWorkflow() {
  const { project = '', domain = '', name = '' } = useParams();
  return (
    <LaunchPanel openLabel="Launch workflow" title={`Launch ${name}`}>
      <LaunchWorkflowBody project={project} domain={domain} workflow={name} />
    </LaunchPanel>
  );
}

function LaunchWorkflowBody({
  project,
  domain,
  workflow,
}: {
  project: string;
  domain: string;
  workflow: string;
}) {
  const active = useActiveLaunchPlan({ project, domain, name: workflow });
  const all = useWorkflowLaunchPlans({ project, domain, workflow });
  const [picked, setPicked] = useState<LaunchPlanRef | null>(null);
  const newest = all.data?.[0]?.id;
  const fallback = active.data ? active.data.id : active.isFetched && newest ? newest : null;
  const selected =
    picked ?? (fallback && { project, domain, name: fallback.name, version: fallback.version });
  return (
    <>
      <LaunchPlanPicker
        project={project}
        domain={domain}
        workflow={workflow}
        selected={selected}
        onSelect={setPicked}
      />
      {selected ? (
        <LaunchPlanForm plan={selected} />
      ) : active.isPending || all.isPending ? (
        <LoadingSkeleton label="Finding the launch plan" rows={2} />
      ) : (
        <p className="muted">This workflow has no launch plan, so it cannot be launched.</p>
      )}
    </>
  );
}
