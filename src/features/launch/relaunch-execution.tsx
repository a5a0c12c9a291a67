import { useParams } from 'react-router';
import { useExecutionData } from '../../api/execution-data';
import { useExecutionLaunchSpec } from '../../api/execution-launch-spec';
import { useLaunchPlan } from '../../api/launch-plan';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';
import { fieldsOfLaunchPlan } from './launch-fields';
import { LaunchForm } from './launch-form';
import { LaunchPanel } from './launch-panel';

/** "Relaunch": the launch form prefilled with the execution's inputs and settings, every value editable. */
export function RelaunchExecution() {
  const { project = '', domain = '', name = '' } = useParams();
  return (
    <LaunchPanel openLabel="Relaunch" title={`Relaunch ${name}`}>
      <RelaunchBody project={project} domain={domain} name={name} />
    </LaunchPanel>
  );
}

function RelaunchBody(id: { project: string; domain: string; name: string }) {
  const spec = useExecutionLaunchSpec(id);
  const data = useExecutionData(id);
  const lpId = spec.data?.launchPlan;
  const lp = useLaunchPlan(
    {
      project: lpId?.project ?? '',
      domain: lpId?.domain ?? '',
      name: lpId?.name ?? '',
      version: lpId?.version ?? '',
    },
    { enabled: Boolean(lpId) },
  );
  const failed = [spec, data, lp].find((q) => q.isError);
  if (failed?.error)
    return (
      <ErrorState
        title="The execution's launch settings could not be loaded."
        error={failed.error}
        onRetry={() => void failed.refetch()}
      />
    );
  if (spec.isSuccess && !lpId)
    return (
      <p className="muted">This execution names no launch plan, so it cannot be relaunched from a form.</p>
    );
  if (!spec.data || !data.data || !lp.data || !lpId)
    return <LoadingSkeleton label="Loading the execution's inputs" rows={3} />;
  const tooLarge = Object.keys(data.data.inputs).length === 0 && data.data.inputsUrl !== '';
  return (
    <>
      {tooLarge && (
        <p className="notice">
          The inputs are too large to show here; the form starts from the launch plan's defaults.
        </p>
      )}
      <LaunchForm
        project={id.project}
        domain={id.domain}
        target={{
          resourceType: 'LAUNCH_PLAN',
          project: lpId.project,
          domain: lpId.domain,
          name: lpId.name,
          version: lpId.version,
        }}
        fields={fieldsOfLaunchPlan(lp.data)}
        prefill={data.data.inputs}
        defaultOptions={spec.data.options}
      />
    </>
  );
}
