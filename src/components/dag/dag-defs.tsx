import { NODE_HEIGHT, NODE_WIDTH } from './dag-layout';

/** What nodes and edges refer to: the clip of leaf nodes' texts and the arrow head. */
export function DagDefs() {
  return (
    <defs>
      {/* Leaf nodes' texts are clipped to the box (the words stay whole in the DOM for their names). */}
      <clipPath id="dag-clip-leaf">
        <rect x={4} width={NODE_WIDTH - 12} height={NODE_HEIGHT} />
      </clipPath>
      <marker
        id="dag-arrow"
        viewBox="0 0 8 8"
        refX="8"
        refY="4"
        markerWidth="8"
        markerHeight="8"
        orient="auto"
      >
        <path d="M0,0 L8,4 L0,8 z" className="dag-arrow" />
      </marker>
    </defs>
  );
}
