import { useId } from 'react';
import { useWorkflowLaunchPlans } from '../../api/workflow-launch-plans';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';
import type { LaunchPlanRef } from './launch-plan-form';

interface Props {
  project: string;
  domain: string;
  workflow: string;
  selected: LaunchPlanRef | null;
  onSelect: (plan: LaunchPlanRef) => void;
}

const keyOf = (p: { name: string; version: string }) => `${p.name}@${p.version}`;

/** Every launch plan version of the workflow; the caller picks the default (the active plan). */
export function LaunchPlanPicker({ project, domain, workflow, selected, onSelect }: Props) {
  const id = useId();
  const plans = useWorkflowLaunchPlans({ project, domain, workflow });
  if (plans.isPending) return <LoadingSkeleton label="Loading launch plans" rows={1} />;
  if (plans.isError)
    return (
      <ErrorState
        title="Launch plans could not be loaded."
        error={plans.error}
        onRetry={() => void plans.refetch()}
      />
    );
  const options = plans.data.map((lp) => ({ ...lp.id, state: lp.state }));
  if (selected && !options.some((o) => keyOf(o) === keyOf(selected)))
    options.unshift({ ...selected, resourceType: '', state: '' });
  return (
    <div className="launch-field">
      <label htmlFor={id}>Launch plan</label>
      <select
        id={id}
        value={selected ? keyOf(selected) : ''}
        onChange={(e) => {
          const next = options.find((o) => keyOf(o) === e.target.value);
          if (next) onSelect({ project, domain, name: next.name, version: next.version });
        }}
      >
        {options.map((o) => (
          <option key={keyOf(o)} value={keyOf(o)}>
            {o.name} @ {o.version}
            {o.state === 'ACTIVE' ? ' (active)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
