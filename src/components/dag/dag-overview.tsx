import { memo, useMemo } from 'react';
import { phaseTone } from '../phase-badge';
import type { DagLayout } from './dag-types';

const box = (x: number, y: number, w: number, h: number) =>
  `M${x.toFixed(0)},${y.toFixed(0)}h${w.toFixed(0)}v${h.toFixed(0)}h${(-w).toFixed(0)}z`;

/**
 * The whole drawing when too many nodes are in view to draw each one: one path per phase colour for the nodes,
 * one for the groups and one for the edges, a handful of elements whatever the node count. Words are left out
 * (they would be a few pixels high); the nodes table and zooming in give them. Hairlines stay about a screen pixel
 * wide at any scale.
 */
export const DagOverview = memo(function DagOverview({
  layout,
  scale,
}: {
  layout: DagLayout;
  scale: number;
}) {
  const paths = useMemo(() => {
    const tones = new Map<string, string[]>();
    const groups: string[] = [];
    for (const { node, x, y, width, height } of layout.nodes) {
      if (node.expanded) {
        groups.push(box(x, y, width, height));
        continue;
      }
      const tone = node.phase ? phaseTone(node.phase) : 'none';
      const list = tones.get(tone) ?? [];
      list.push(box(x, y, width, height));
      tones.set(tone, list);
    }
    const edges = layout.edges.map((e) =>
      e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(0)},${p.y.toFixed(0)}`).join(''),
    );
    return {
      tones: [...tones].map(([tone, list]) => [tone, list.join('')] as const),
      groups: groups.join(''),
      edges: edges.join(''),
    };
  }, [layout]);
  const hairline = { strokeWidth: 1 / scale };
  return (
    <g className="dag-overview" aria-hidden="true">
      {paths.groups && <path className="dag-overview-groups" d={paths.groups} style={hairline} />}
      <path className="dag-overview-edges" d={paths.edges} style={hairline} />
      {paths.tones.map(([tone, d]) => (
        <path key={tone} className={`dag-overview-nodes tone-${tone}`} d={d} style={hairline} />
      ))}
    </g>
  );
});
