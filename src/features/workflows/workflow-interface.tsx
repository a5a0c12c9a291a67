import { useWorkflow } from '../../api/workflow';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';
import { VariableTable } from '../../components/variable-table';

/** Inputs and outputs of one version, read from its compiled closure (list answers do not carry it). */
export function WorkflowInterface(props: { project: string; domain: string; name: string; version: string }) {
  const workflow = useWorkflow(props, { enabled: props.version !== '' });
  if (props.version === '' || workflow.isPending)
    return <LoadingSkeleton label="Loading interface" rows={2} />;
  if (workflow.isError) {
    return (
      <ErrorState
        title="The interface could not be loaded."
        error={workflow.error}
        onRetry={() => void workflow.refetch()}
      />
    );
  }
  const iface = workflow.data.interface;
  return (
    <div className="interface">
      <h3>Inputs</h3>
      <VariableTable
        caption="Inputs"
        variables={iface?.inputs ?? {}}
        empty="This workflow takes no inputs."
      />
      <h3>Outputs</h3>
      <VariableTable
        caption="Outputs"
        variables={iface?.outputs ?? {}}
        empty="This workflow returns no outputs."
      />
    </div>
  );
}
