import type { PlacedEdge, PlacedNode } from './dag-types';

export interface View {
  x: number;
  y: number;
  k: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/**
 * With more nodes than this in view, nodes are drawn as one overview (boxes coloured by phase, no words): at
 * that scale their words are a few pixels high, and a drawing of every node costs more than a frame.
 */
export const DETAIL_LIMIT = 200;

/** What the canvas draws: nothing before it is measured, every node, the nodes near the view, or the overview. */
export type Drawn =
  | { mode: 'pending' }
  | { mode: 'all' }
  | { mode: 'detail'; window: Rect }
  | { mode: 'overview'; scale: number };

/** The part of the drawing (in its own coordinates) that the viewport shows. */
export function visibleRect(view: View, size: Size): Rect {
  return {
    x: (0 - view.x) / view.k,
    y: (0 - view.y) / view.k,
    width: size.width / view.k,
    height: size.height / view.k,
  };
}

export const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The area drawn in detail: the visible one with a margin of a quarter to a half of it on every side, snapped to
 * a grid of that margin. Small moves keep the same area (no render); a pan adds one strip at a time.
 */
export function drawnWindow(visible: Rect): Rect {
  const step = 2 ** Math.ceil(Math.log2(Math.max(visible.width, visible.height, 1) / 4));
  const x = Math.floor(visible.x / step - 1) * step;
  const y = Math.floor(visible.y / step - 1) * step;
  const right = Math.ceil((visible.x + visible.width) / step + 1) * step;
  const bottom = Math.ceil((visible.y + visible.height) / step + 1) * step;
  return { x, y, width: right - x, height: bottom - y };
}

/** Leaf nodes in `rect`, counted up to `limit + 1` (enough to decide). */
function countIn(nodes: readonly PlacedNode[], rect: Rect, limit: number): number {
  let count = 0;
  for (const n of nodes) {
    if (!n.node.expanded && overlaps(n, rect)) count += 1;
    if (count > limit) break;
  }
  return count;
}

/** Half-octave steps: the overview's hairlines are redrawn for a new scale only now and then. */
const scaleStep = (k: number) => 2 ** (Math.round(Math.log2(k) * 2) / 2);

/**
 * What to draw for a view. The overview starts above DETAIL_LIMIT nodes in view and ends below 80 % of it, so a
 * view near the limit does not flip between the two on every frame.
 */
export function chooseDrawn(
  nodes: readonly PlacedNode[],
  view: View,
  size: Size | null,
  previous: Drawn,
): Drawn {
  if (!size || size.width === 0 || size.height === 0)
    // Not measurable (hidden, or no layout engine): small drawings whole, big ones as the cheap overview.
    return nodes.length <= DETAIL_LIMIT ? { mode: 'all' } : { mode: 'overview', scale: scaleStep(view.k) };
  const visible = visibleRect(view, size);
  const count = countIn(nodes, visible, DETAIL_LIMIT);
  const overview = count > DETAIL_LIMIT || (previous.mode === 'overview' && count > DETAIL_LIMIT * 0.8);
  if (overview) return { mode: 'overview', scale: scaleStep(view.k) };
  return { mode: 'detail', window: drawnWindow(visible) };
}

export function sameDrawn(a: Drawn, b: Drawn): boolean {
  if (a.mode === 'detail' && b.mode === 'detail')
    return (
      a.window.x === b.window.x &&
      a.window.y === b.window.y &&
      a.window.width === b.window.width &&
      a.window.height === b.window.height
    );
  if (a.mode === 'overview' && b.mode === 'overview') return a.scale === b.scale;
  return a.mode === b.mode;
}

/** The box around an edge's points, for drawing only the edges that cross the window. */
export function edgeBox(edge: PlacedEdge): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of edge.points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  // A straight horizontal edge has no height; one pixel keeps it inside the window test.
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

/** The deepest node under a point of the drawing (leaves are drawn over the groups that hold them). */
export function nodeAt(nodes: readonly PlacedNode[], x: number, y: number): PlacedNode | null {
  let hit: PlacedNode | null = null;
  for (const n of nodes)
    if (x >= n.x && x <= n.x + n.width && y >= n.y && y <= n.y + n.height && (!hit || n.depth >= hit.depth))
      hit = n;
  return hit;
}
