import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Execution } from '../../../api/types/executions';
import type { NodeExecution } from '../../../api/types/node-executions';
import { nodeExecutionDataQueryOptions } from '../../../api/node-execution-data';
import { nodeExecutionsQueryOptions } from '../../../api/node-executions';
import { LIVE_INTERVAL_MS } from '../../../api/phases';
import { taskExecutionsQueryOptions } from '../../../api/task-executions';
import { useWorkflow } from '../../../api/workflow';
import type { RunState } from '../../../components/dag/build-dag';
import type { DagNodeKind } from '../../../components/dag/dag-types';
import { GraphView } from '../../../components/dag/graph-view';
import { useDagExpansion } from '../../../components/dag/use-dag-expansion';
import { ErrorState, LoadingSkeleton } from '../../../components/query-state';

interface Props {
  execution: Execution;
  /** Top-level node executions, from the page's one node-list poll. */
  nodes: NodeExecution[];
  running: boolean;
  selectedKey?: string;
  onSelect: (key: string) => void;
}

const PARENTS: ReadonlySet<DagNodeKind> = new Set(['subworkflow', 'dynamic', 'branch']);

/**
 * The run's graph: the compiled closure of its workflow version with live phases. Expanding a node reads what
 * only that node needs (its children, a dynamic node's workflow, a map task's sub-tasks); nothing else polls.
 */
export function ExecutionGraph({ execution, nodes, running, selectedKey, onSelect }: Props) {
  const wf = execution.workflowId;
  const workflow = useWorkflow(
    {
      project: wf?.project ?? '',
      domain: wf?.domain ?? '',
      name: wf?.name ?? '',
      version: wf?.version ?? '',
    },
    { enabled: Boolean(wf) },
  );
  const { expanded, expandedKeys, onToggle } = useDagExpansion();
  const id = execution.id;
  const live = running ? LIVE_INTERVAL_MS : false;
  const open = [...expanded];

  const children = useQueries({
    queries: open
      .filter(([, kind]) => PARENTS.has(kind))
      .map(([key]) => ({ ...nodeExecutionsQueryOptions(id, key), refetchInterval: live })),
  });
  const dynamics = useQueries({
    queries: open
      .filter(([, kind]) => kind === 'dynamic')
      .map(([key]) => nodeExecutionDataQueryOptions({ ...id, nodeId: key })),
  });
  const maps = useQueries({
    queries: open
      .filter(([, kind]) => kind === 'map')
      .map(([key]) => ({ ...taskExecutionsQueryOptions({ ...id, nodeId: key }), refetchInterval: live })),
  });

  const stamp = [children, dynamics, maps]
    .map((list) => list.map((q) => q.dataUpdatedAt).join(','))
    .join(';');
  const run = useMemo((): RunState => {
    const levels = new Map<string, NodeExecution[]>([['', nodes]]);
    const parentKeys = open.filter(([, kind]) => PARENTS.has(kind)).map(([key]) => key);
    parentKeys.forEach((key, i) => {
      const data = children[i]?.data;
      if (data) levels.set(key, data);
    });
    const dynamicGraphs = new Map();
    open
      .filter(([, kind]) => kind === 'dynamic')
      .forEach(([key], i) => {
        const graph = dynamics[i]?.data?.dynamicGraph;
        if (graph) dynamicGraphs.set(key, graph);
      });
    const subTaskCounts = new Map<string, Record<string, number>>();
    open
      .filter(([, kind]) => kind === 'map')
      .forEach(([key], i) => {
        const attempts = maps[i]?.data ?? [];
        const last = attempts[attempts.length - 1];
        if (!last) return;
        const counts: Record<string, number> = {};
        for (const s of last.subTasks) counts[s.phase] = (counts[s.phase] ?? 0) + 1;
        subTaskCounts.set(key, counts);
      });
    return { levels, dynamicGraphs, subTaskCounts };
    // `stamp` stands for the query results, which are new arrays on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nodes, stamp, expanded]);

  if (!wf)
    return <p className="muted">This execution names no workflow version, so there is no graph to draw.</p>;
  if (workflow.isPending) return <LoadingSkeleton label="Loading the workflow graph" rows={4} />;
  if (workflow.isError)
    return (
      <ErrorState
        title="The workflow graph could not be loaded."
        error={workflow.error}
        onRetry={() => void workflow.refetch()}
      />
    );
  if (!workflow.data.graph) return <p className="muted">The workflow version has no compiled graph.</p>;
  const failed = nodes.filter((n) => n.phase === 'FAILED').map((n) => n.nodeId);
  return (
    <>
      {failed.length > 0 && (
        <p className="graph-summary">
          Failed nodes:{' '}
          {failed.map((n, i) => (
            <span key={n}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(n)}>
                {n}
              </button>
            </span>
          ))}
        </p>
      )}
      <GraphView
        graph={workflow.data.graph}
        label={`Graph of execution ${id.name}`}
        expanded={expandedKeys}
        onToggle={onToggle}
        run={run}
        {...(selectedKey ? { selectedKey } : {})}
        onActivate={onSelect}
      />
    </>
  );
}
