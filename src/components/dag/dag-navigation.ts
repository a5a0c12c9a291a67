import type { PlacedNode } from './dag-types';

export type Direction = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';

const VECTORS: Record<Direction, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function isDirection(key: string): key is Direction {
  return key in VECTORS;
}

const center = (n: PlacedNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/**
 * The node an arrow key moves to: the nearest centre within 60 degrees either side of the arrow's direction,
 * with distance across the direction counting double, so Right follows the flow and Down stays in the column.
 */
export function nextNode(nodes: PlacedNode[], fromKey: string, direction: Direction): PlacedNode | null {
  const from = nodes.find((n) => n.node.key === fromKey);
  if (!from) return nodes[0] ?? null;
  const [dx, dy] = VECTORS[direction];
  const origin = center(from);
  let best: PlacedNode | null = null;
  let bestScore = Infinity;
  for (const candidate of nodes) {
    if (candidate === from) continue;
    const c = center(candidate);
    const along = (c.x - origin.x) * dx + (c.y - origin.y) * dy;
    const across = Math.abs((c.x - origin.x) * dy - (c.y - origin.y) * dx);
    if (along <= 0 || across > along * 1.8) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
