import type { PlacedNode } from './dag-types';

/** The expand/collapse button at a node's top right corner; it shares the node's key and its Tab stop. */
export function DagToggle({ placed, tabbable }: { placed: PlacedNode; tabbable: boolean }) {
  const { node, x, y, width } = placed;
  return (
    <g
      className="dag-toggle"
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-expanded={node.expanded}
      aria-label={`${node.expanded ? 'Collapse' : 'Expand'} ${node.nodeId}`}
      data-key={node.key}
      data-toggle="1"
      transform={`translate(${x + width - 26},${y + (node.expanded ? 26 : 4)})`}
    >
      <rect width={22} height={22} rx={4} />
      <text x={11} y={16} textAnchor="middle" aria-hidden="true">
        {node.expanded ? '−' : '+'}
      </text>
    </g>
  );
}
