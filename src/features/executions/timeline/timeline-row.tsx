import { memo, useEffect, useRef } from 'react';
import type { ExecutionId } from '../../../api/types/common';
import type { NodeExecution, TaskExecution } from '../../../api/types/node-executions';
import { useTaskExecutions } from '../../../api/task-executions';
import { formatEnum } from '../../../components/format';
import { phaseTone } from '../../../components/phase-badge';

export interface Scale {
  start: number;
  span: number;
  now: number;
}

const pct = (scale: Scale, t: number) =>
  `${Math.max(0, Math.min(100, ((t - scale.start) / scale.span) * 100))}%`;
const widthPct = (scale: Scale, from: number, to: number) =>
  `${Math.max(0.2, ((Math.min(to, scale.start + scale.span) - Math.max(from, scale.start)) / scale.span) * 100)}%`;

function endOf(startIso: string, duration: number | null, now: number): number {
  const start = Date.parse(startIso);
  return duration !== null ? start + duration * 1000 : now;
}

interface Props {
  id: ExecutionId;
  node: NodeExecution;
  scale: Scale;
  top: number;
  height: number;
  selected: boolean;
  onSelect: (key: string) => void;
}

/**
 * One node: its attempts as bars, queued (hatched) then running. A row fetches its attempts only while it is
 * on screen (the list is virtualized) and again only when the node-list poll shows the node changed.
 */
export const TimelineRow = memo(function TimelineRow({
  id,
  node,
  scale,
  top,
  height,
  selected,
  onSelect,
}: Props) {
  const attempts = useTaskExecutions({ ...id, nodeId: node.nodeId });
  const refetch = attempts.refetch;
  const updated = node.updatedAt;
  const seen = useRef(updated);
  useEffect(() => {
    if (seen.current === updated) return;
    seen.current = updated;
    void refetch();
  }, [updated, refetch]);
  const bars: Array<{
    key: string;
    queued: [number, number];
    run: [number, number] | null;
    phase: string;
    label: string;
  }> = (attempts.data?.length ? attempts.data : null)?.map((a: TaskExecution) => {
    const created = Date.parse(a.createdAt || a.startedAt);
    const started = a.startedAt ? Date.parse(a.startedAt) : null;
    return {
      key: String(a.retryAttempt),
      queued: [created, started ?? scale.now],
      run: started !== null ? [started, endOf(a.startedAt, a.duration, scale.now)] : null,
      phase: a.phase,
      label: `attempt ${a.retryAttempt + 1}`,
    };
  }) ?? [
    {
      key: 'node',
      queued: [Date.parse(node.createdAt), node.startedAt ? Date.parse(node.startedAt) : scale.now],
      run: node.startedAt
        ? [Date.parse(node.startedAt), endOf(node.startedAt, node.duration, scale.now)]
        : null,
      phase: node.phase,
      label: 'node',
    },
  ];
  return (
    <div className={`timeline-row${selected ? ' selected' : ''}`} style={{ top, height }} role="row">
      <div role="rowheader" className="timeline-label">
        <button type="button" className="link-button" onClick={() => onSelect(node.nodeId)}>
          {node.nodeId}
        </button>{' '}
        <span className={`phase-${phaseTone(node.phase)}`}>{formatEnum(node.phase)}</span>
      </div>
      <div role="cell" className="timeline-track">
        {bars.map((b) => (
          <span key={b.key}>
            <span
              className="timeline-bar queued"
              style={{ left: pct(scale, b.queued[0]), width: widthPct(scale, b.queued[0], b.queued[1]) }}
              title={`${node.nodeId} ${b.label}: queued`}
            />
            {b.run && (
              <span
                className={`timeline-bar running tone-${phaseTone(b.phase)}`}
                style={{ left: pct(scale, b.run[0]), width: widthPct(scale, b.run[0], b.run[1]) }}
                title={`${node.nodeId} ${b.label}: ${formatEnum(b.phase)}`}
              />
            )}
          </span>
        ))}
        <span className="visually-hidden">
          {bars.map((b) => `${b.label} ${formatEnum(b.phase)}`).join(', ')}
        </span>
      </div>
    </div>
  );
});
