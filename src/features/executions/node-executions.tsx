import { useState } from 'react';
import { Link } from 'react-router';
import type { ExecutionId } from '../../api/types/common';
import type { NodeExecution } from '../../api/types/node-executions';
import { useNodeExecutions } from '../../api/node-executions';
import { isTerminalPhase } from '../../api/phases';
import { usePagedItems } from '../../components/paged-items';
import { PhaseBadge } from '../../components/phase-badge';
import { RunDuration } from '../../components/run-duration';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { Timestamp } from '../../components/timestamp';
import { paths } from '../../config/paths';
import { TaskLogs } from './task-logs';
import { WhenVisible } from './when-visible';

type NodesQuery = ReturnType<typeof useNodeExecutions>;

/** flyteadmin lists its bookkeeping nodes too; they have no task and nothing to show. */
const HIDDEN_NODES = new Set(['start-node', 'end-node']);

interface Props {
  id: ExecutionId;
  running: boolean;
  /** Set for the children of a sub-workflow or dynamic node. */
  parentId?: string;
  selectedKey?: string;
  /** Opens the node inspector for a row. */
  onSelect?: (key: string) => void;
}

/** The page queries the top level itself (in parallel with the execution); a parent node's children load on demand. */
function ChildNodeExecutions(props: Props & { parentId: string }) {
  const nodes = useNodeExecutions(props.id, { live: props.running, parentId: props.parentId });
  return <NodeExecutions {...props} nodes={nodes} />;
}

export function NodeExecutions({
  id,
  running,
  parentId,
  nodes,
  selectedKey,
  onSelect,
}: Props & { nodes: NodesQuery }) {
  const rows = (nodes.data ?? []).filter((n) => !HIDDEN_NODES.has(n.specNodeId || n.nodeId));
  // A run of 1,000 nodes draws 100 rows and says how many more there are (the graph and timeline show all).
  const { visible, more } = usePagedItems(rows);
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
  if (rows.length === 0) return <EmptyState>No nodes have started yet.</EmptyState>;
  return (
    <>
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
          {visible.map((n) => (
            <NodeRow
              key={n.nodeId}
              id={id}
              node={n}
              running={running}
              selected={n.nodeId === selectedKey}
              {...(selectedKey !== undefined ? { selectedKey } : {})}
              {...(onSelect ? { onSelect } : {})}
            />
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

interface RowProps {
  id: ExecutionId;
  node: NodeExecution;
  running: boolean;
  selected: boolean;
  selectedKey?: string;
  onSelect?: (key: string) => void;
}

function NodeRow({ id, node: n, running, selected, selectedKey, onSelect }: RowProps) {
  const [open, setOpen] = useState(false);
  const childrenId = `children-${n.nodeId}`;
  return (
    <>
      <tr className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined}>
        <td>
          {onSelect ? (
            <button
              type="button"
              className="link-button"
              onClick={() => onSelect(n.nodeId)}
              aria-label={`${n.nodeId}: open node details`}
            >
              <code>{n.nodeId}</code>
            </button>
          ) : (
            <code>{n.nodeId}</code>
          )}
          {n.specNodeId && n.specNodeId !== n.nodeId && <span className="muted"> ({n.specNodeId})</span>}
          {n.error?.message && <div className="node-error">{n.error.message}</div>}
          {n.childExecution && (
            <div>
              <Link
                to={paths.execution(n.childExecution.project, n.childExecution.domain, n.childExecution.name)}
              >
                Launched execution {n.childExecution.name}
              </Link>
            </div>
          )}
        </td>
        <td>
          <PhaseBadge phase={n.phase} />
        </td>
        <td>
          <Timestamp value={n.startedAt} />
        </td>
        <td>
          <RunDuration phase={n.phase} startedAt={n.startedAt} duration={n.duration} />
        </td>
        <td>
          {n.isParentNode && (
            <button
              type="button"
              className="secondary"
              aria-expanded={open}
              aria-controls={childrenId}
              onClick={() => setOpen((value) => !value)}
            >
              {open ? 'Hide child nodes' : 'Show child nodes'}
            </button>
          )}
          {/* A sub-workflow node runs no task; a dynamic node runs the one that generated its children. */}
          {(!n.isParentNode || n.isDynamic) && (
            <WhenVisible placeholder={<span className="muted">Logs load when the row is on screen</span>}>
              <TaskLogs id={id} nodeId={n.nodeId} live={running && !isTerminalPhase(n.phase)} />
            </WhenVisible>
          )}
        </td>
      </tr>
      {n.isParentNode && open && (
        <tr id={childrenId} className="node-children">
          <td colSpan={5}>
            <ChildNodeExecutions
              id={id}
              running={running && !isTerminalPhase(n.phase)}
              parentId={n.nodeId}
              {...(selectedKey !== undefined ? { selectedKey } : {})}
              {...(onSelect ? { onSelect } : {})}
            />
          </td>
        </tr>
      )}
    </>
  );
}
