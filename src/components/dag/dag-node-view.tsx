import { memo } from 'react';
import { formatEnum } from '../format';
import { phaseTone } from '../phase-badge';
import type { PlacedNode } from './dag-types';

const KIND_TEXT: Record<string, string> = {
  subworkflow: 'sub-workflow',
  launchplan: 'launch plan',
  branch: 'branch',
  dynamic: 'dynamic',
  map: 'map task',
  gate: 'gate',
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A label cut to fit, with the ellipsis hidden from assistive technology: what is read out stays a prefix of the
 * node's accessible name (WCAG 2.5.3, label in name).
 */
function Clipped({ text, max }: { text: string; max: number }) {
  if (text.length <= max) return <>{text}</>;
  return (
    <>
      {text.slice(0, max - 1)}
      <tspan aria-hidden="true">…</tspan>
    </>
  );
}

/** "n2 train, Running": what a screen reader says for a node, and the tooltip. */
function nodeName(p: PlacedNode): string {
  const { node } = p;
  if (node.kind === 'start' || node.kind === 'end')
    return `${node.label} node${node.phase ? `, ${formatEnum(node.phase)}` : ''}`;
  const kind = KIND_TEXT[node.kind];
  return `${node.nodeId} ${node.label}${kind ? ` (${kind})` : ''}${node.phase ? `, ${formatEnum(node.phase)}` : ''}${node.detail ? `, ${node.detail}` : ''}`;
}

interface Props {
  placed: PlacedNode;
  tabbable: boolean;
  selected: boolean;
}

/** Node objects are rebuilt on every poll; comparing what is drawn lets React skip unchanged nodes. */
const same = (a: Props, b: Props) =>
  a.tabbable === b.tabbable &&
  a.selected === b.selected &&
  a.placed.x === b.placed.x &&
  a.placed.y === b.placed.y &&
  a.placed.width === b.placed.width &&
  a.placed.height === b.placed.height &&
  a.placed.node.key === b.placed.node.key &&
  a.placed.node.phase === b.placed.node.phase &&
  a.placed.node.detail === b.placed.node.detail &&
  a.placed.node.label === b.placed.node.label &&
  a.placed.node.sublabel === b.placed.node.sublabel &&
  a.placed.node.expanded === b.placed.node.expanded;

/** One node: a focusable group (role button) whose name carries the id and the phase; colour is never alone. */
export const DagNodeView = memo(function DagNodeView({ placed, tabbable, selected }: Props) {
  const { node, x, y, width, height } = placed;
  const tone = node.phase ? phaseTone(node.phase) : 'none';
  const terminal = node.kind === 'start' || node.kind === 'end';
  const group = node.expanded && !terminal;
  // The task type line is the node's description; the phase is already in its name.
  const subId = `dag-sub-${node.key}`;
  return (
    <g
      className={`dag-node dag-${node.kind} tone-${tone}${selected ? ' selected' : ''}${group ? ' dag-group' : ''}`}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={nodeName(placed)}
      {...(!terminal && !group && node.sublabel ? { 'aria-describedby': subId } : {})}
      data-key={node.key}
    >
      <rect width={width} height={height} rx={terminal ? height / 2 : 6} />
      {terminal ? (
        <text x={width / 2} y={height / 2 + 4} textAnchor="middle">
          {node.label}
        </text>
      ) : (
        <>
          <text x={10} y={18} className="dag-label">
            <tspan className="dag-id">{node.nodeId}</tspan>{' '}
            <Clipped text={node.label} max={group ? 60 : 20} />
          </text>
          {!group && (
            <text x={10} y={34} className="dag-sub" id={subId} aria-hidden="true">
              {clip(node.sublabel, 18)}
              {node.detail ? ` · ${clip(node.detail, 14)}` : ''}
            </text>
          )}
          {node.phase && (
            <text
              x={group ? width - 10 : 10}
              y={group ? 18 : 49}
              textAnchor={group ? 'end' : 'start'}
              className="dag-phase"
              aria-hidden="true"
            >
              {formatEnum(node.phase)}
            </text>
          )}
        </>
      )}
    </g>
  );
}, same);
