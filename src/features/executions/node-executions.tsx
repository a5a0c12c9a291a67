import { useState } from 'react';
import type { ExecutionId } from '../../api/types/common';
import type { NodeExecution } from '../../api/types/node-executions';
import { useNodeExecutions } from '../../api/node-executions';
import { isTerminalPhase } from '../../api/phases';
import { formatDuration } from '../../components/format';
import { PhaseBadge } from '../../components/phase-badge';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { Timestamp } from '../../components/timestamp';
import { TaskLogs } from './task-logs';

/** flyteadmin lists its bookkeeping nodes too; they have no task and nothing to show. */
const HIDDEN_NODES = new Set(['start-node', 'end-node']);

interface Props {
  id: ExecutionId;
  running: boolean;
  /** Set for the children of a sub-workflow or dynamic node. */
  parentId?: string;
}

export function NodeExecutions({ id, running, parentId }: Props) {
  const nodes = useNodeExecutions(id, { live: running, parentId });
  if (nodes.isPending) return <LoadingSkeleton label="Loading nodes" rows={3} />;
  if (nodes.isError) {
    return (
      <ErrorState
        title="Nodes could not be loaded."
        error={nodes.error}
        onRetry={() => void nodes.refetch()}
      />
    );
  }
  const rows = nodes.data.filter((n) => !HIDDEN_NODES.has(n.specNodeId || n.nodeId));
  if (rows.length === 0) return <EmptyState>No nodes have started yet.</EmptyState>;
  return (
    <table className="nodes-table">
      <caption className="visually-hidden">
        {parentId ? `Nodes inside ${parentId}` : `Nodes of ${id.name}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">Phase</th>
          <th scope="col">Started</th>
          <th scope="col">Duration</th>
          <th scope="col">Logs</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <NodeRow key={n.nodeId} id={id} node={n} running={running} />
        ))}
      </tbody>
    </table>
  );
}

function NodeRow({ id, node: n, running }: { id: ExecutionId; node: NodeExecution; running: boolean }) {
  const [open, setOpen] = useState(false);
  const childrenId = `children-${n.nodeId}`;
  return (
    <>
      <tr>
        <td>
          <code>{n.nodeId}</code>
          {n.specNodeId && n.specNodeId !== n.nodeId && <span className="muted"> ({n.specNodeId})</span>}
          {n.error?.message && <div className="node-error">{n.error.message}</div>}
        </td>
        <td>
          <PhaseBadge phase={n.phase} />
        </td>
        <td>
          <Timestamp value={n.startedAt} />
        </td>
        <td>{formatDuration(n.duration)}</td>
        <td>
          {n.isParentNode ? (
            <button
              type="button"
              className="secondary"
              aria-expanded={open}
              aria-controls={childrenId}
              onClick={() => setOpen((value) => !value)}
            >
              {open ? 'Hide child nodes' : 'Show child nodes'}
            </button>
          ) : (
            <TaskLogs id={id} nodeId={n.nodeId} live={running && !isTerminalPhase(n.phase)} />
          )}
        </td>
      </tr>
      {n.isParentNode && open && (
        <tr id={childrenId} className="node-children">
          <td colSpan={5}>
            <NodeExecutions id={id} running={running && !isTerminalPhase(n.phase)} parentId={n.nodeId} />
          </td>
        </tr>
      )}
    </>
  );
}
