import { useWorkflow } from '../../api/workflow';
import { GraphView } from '../../components/dag/graph-view';
import { useDagExpansion } from '../../components/dag/use-dag-expansion';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';

interface Props {
  project: string;
  domain: string;
  name: string;
  version: string;
}

/**
 * One version's compiled graph, without phases: nodes with their name and task type; branches and sub-workflows
 * expand from the closure itself (dynamic and map nodes only have children in a run). Shares the version query
 * with the interface, so it costs no request of its own. Loaded lazily by the page (elkjs with it).
 */
export function WorkflowGraph({ project, domain, name, version }: Props) {
  const workflow = useWorkflow({ project, domain, name, version }, { enabled: version !== '' });
  const { expandedKeys, onToggle } = useDagExpansion();
  if (version === '' || workflow.isPending) return <LoadingSkeleton label="Loading the graph" rows={3} />;
  if (workflow.isError)
    return (
      <ErrorState
        title="The graph could not be loaded."
        error={workflow.error}
        onRetry={() => void workflow.refetch()}
      />
    );
  if (!workflow.data.graph) return <p className="muted">This version has no compiled graph.</p>;
  return (
    <GraphView
      graph={workflow.data.graph}
      label={`Graph of ${name} version ${version}`}
      expanded={expandedKeys}
      onToggle={onToggle}
    />
  );
}
