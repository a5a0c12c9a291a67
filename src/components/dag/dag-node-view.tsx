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

/** The line under the label: the task type, or for nodes without a task what kind of node it is. */
function subline(p: PlacedNode): string {
  const { node } = p;
  return node.sublabel === node.kind ? (KIND_TEXT[node.kind] ?? node.sublabel) : node.sublabel;
}

/**
 * "n2 train, python-task, Running": what a screen reader says for a node. It holds every word drawn in the node,
 * in the drawn order (WCAG 2.5.3, label in name); the node's kind is added in parentheses when the drawing does not
 * say it. Long texts are clipped by the drawing, never cut in the DOM, so the words stay whole.
 */
function nodeName(p: PlacedNode): string {
  const { node } = p;
  const phase = node.phase ? `, ${formatEnum(node.phase)}` : '';
  if (node.kind === 'start' || node.kind === 'end') return `${node.label} node${phase}`;
  const sub = subline(p);
  const kind = KIND_TEXT[node.kind];
  const group = node.expanded;
  return `${node.nodeId} ${node.label}${kind && kind !== sub ? ` (${kind})` : ''}${!group && sub ? `, ${sub}` : ''}${!group && node.detail ? `, ${node.detail}` : ''}${phase}`;
}

/** Leaf nodes share one clip (they have one size); an expanded node, drawn as a group, has its own. */
const LEAF_CLIP = 'dag-clip-leaf';

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
  const clipId = group ? `dag-clip-${node.key}` : LEAF_CLIP;
  const clip = `url(#${clipId})`;
  return (
    <g
      className={`dag-node dag-${node.kind} tone-${tone}${selected ? ' selected' : ''}${group ? ' dag-group' : ''}`}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={nodeName(placed)}
      data-key={node.key}
    >
      <rect width={width} height={height} rx={terminal ? height / 2 : 6} />
      {terminal ? (
        <text x={width / 2} y={height / 2 + 4} textAnchor="middle">
          {node.label}
        </text>
      ) : (
        <>
          {group && (
            <clipPath id={clipId}>
              <rect x={4} width={width - (node.phase ? 110 : 40)} height={height} />
            </clipPath>
          )}
          {/* Each text ends with a space: tools that join the drawn texts read separate words. No wrapper
              element per node: the clip is set on each text (a 1,000-node graph keeps its DOM size). */}
          <text x={10} y={18} className="dag-label" clipPath={clip}>
            <tspan className="dag-id">{node.nodeId}</tspan> {node.label}{' '}
          </text>
          {!group && (
            <text x={10} y={34} className="dag-sub" clipPath={clip}>
              {subline(placed)}
              {node.detail ? ` · ${node.detail}` : ''}{' '}
            </text>
          )}
          {node.phase && !group && (
            <text x={10} y={49} className="dag-phase" clipPath={clip}>
              {formatEnum(node.phase)}
            </text>
          )}
          {node.phase && group && (
            <text x={width - 10} y={18} textAnchor="end" className="dag-phase">
              {formatEnum(node.phase)}
            </text>
          )}
        </>
      )}
    </g>
  );
}, same);
