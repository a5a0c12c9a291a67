import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Execution } from '../../../api/types/executions';
import type { NodeExecution } from '../../../api/types/node-executions';
import { EmptyState } from '../../../components/query-state';
import { useNow } from '../use-now';
import { formatOffset, ticks } from './time-axis';
import { TimelineRow, type Scale } from './timeline-row';

const ROW_HEIGHT = 30;
const HIDDEN = new Set(['start-node', 'end-node']);

interface Props {
  execution: Execution;
  nodes: NodeExecution[];
  running: boolean;
  selectedKey?: string;
  onSelect: (key: string) => void;
}

function spanOf(execution: Execution, nodes: NodeExecution[], now: number, running: boolean): Scale {
  const start = Date.parse(execution.createdAt) || Math.min(...nodes.map((n) => Date.parse(n.createdAt)));
  let end = start + 1_000;
  for (const n of nodes) {
    const s = Date.parse(n.startedAt || n.createdAt);
    end = Math.max(
      end,
      n.duration !== null ? s + n.duration * 1000 : running ? now : Date.parse(n.updatedAt) || s,
    );
  }
  if (running) end = Math.max(end, now);
  return { start, span: end - start, now };
}

/** A Gantt chart of the run's nodes, one virtualized row each; it moves with the clock while the run is live. */
export function ExecutionTimeline({ execution, nodes, running, selectedKey, onSelect }: Props) {
  const now = useNow(running);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = nodes.filter((n) => !HIDDEN.has(n.specNodeId || n.nodeId));
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
  });
  if (rows.length === 0) return <EmptyState>No nodes have started yet.</EmptyState>;
  const scale = spanOf(execution, rows, now, running);
  return (
    <div
      className="timeline"
      role="table"
      aria-label={`Timeline of execution ${execution.id.name}`}
      aria-rowcount={rows.length + 1}
    >
      <div className="timeline-axis" role="row">
        <span role="columnheader" className="timeline-label">
          Node
        </span>
        <div role="columnheader" className="timeline-track">
          <span className="visually-hidden">Time from the start of the run</span>
          {ticks(scale.span).map((t) => (
            <span
              key={t}
              className="timeline-tick"
              style={{ left: `${(t / scale.span) * 100}%` }}
              aria-hidden="true"
            >
              {formatOffset(t)}
            </span>
          ))}
        </div>
      </div>
      <p className="timeline-legend muted">
        <span className="timeline-bar queued legend" /> queued{' '}
        <span className="timeline-bar running legend" /> running
      </p>
      <div className="timeline-scroll" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {virtualizer.getVirtualItems().map((item) => {
            const node = rows[item.index];
            if (!node) return null;
            return (
              <TimelineRow
                key={node.nodeId}
                id={execution.id}
                node={node}
                scale={scale}
                top={item.start}
                height={item.size}
                selected={node.nodeId === selectedKey}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
