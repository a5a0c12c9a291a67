import { describe, expect, it } from 'vitest';
import type { PlacedNode } from './dag-types';
import {
  DETAIL_LIMIT,
  chooseDrawn,
  drawnWindow,
  nodeAt,
  overlaps,
  visibleRect,
  type Drawn,
} from './dag-window';

const node = (key: string, x: number, y: number, depth = 0, expanded = false): PlacedNode => ({
  node: { key, nodeId: key, label: key, sublabel: '', kind: 'task', expandable: expanded, expanded },
  x,
  y,
  width: 100,
  height: 50,
  depth,
});

/** A grid of `columns` x `rows` nodes, 120 x 60 apart. */
const grid = (columns: number, rows: number) =>
  Array.from({ length: columns * rows }, (_, i) =>
    node(`n${i}`, (i % columns) * 120, Math.floor(i / columns) * 60),
  );

const size = { width: 1200, height: 600 };
const pending: Drawn = { mode: 'pending' };

describe('the drawn window', () => {
  it('maps the view to the drawing: a pan moves it, a zoom scales it', () => {
    expect(visibleRect({ x: 0, y: 0, k: 1 }, size)).toEqual({ x: 0, y: 0, width: 1200, height: 600 });
    expect(visibleRect({ x: -240, y: -120, k: 2 }, size)).toEqual({ x: 120, y: 60, width: 600, height: 300 });
  });

  it('draws a margin around the view and keeps the same window for small moves', () => {
    const a = drawnWindow({ x: 1000, y: 500, width: 1200, height: 600 });
    expect(a.x).toBeLessThanOrEqual(1000 - 300);
    expect(a.x + a.width).toBeGreaterThanOrEqual(2200 + 300);
    expect(a.y).toBeLessThanOrEqual(500 - 300);
    expect(drawnWindow({ x: 1010, y: 505, width: 1200, height: 600 })).toEqual(a);
    // A pan past the grid step adds one strip on the leading side.
    const b = drawnWindow({ x: 1600, y: 500, width: 1200, height: 600 });
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.x).toBeLessThanOrEqual(1600 - 300);
    expect(Math.abs(b.width - a.width)).toBeLessThanOrEqual(512);
  });

  it('draws small graphs whole when the viewport cannot be measured, and big ones as the overview', () => {
    expect(chooseDrawn(grid(10, 10), { x: 0, y: 0, k: 1 }, null, pending)).toEqual({ mode: 'all' });
    expect(chooseDrawn(grid(50, 20), { x: 0, y: 0, k: 1 }, null, pending).mode).toBe('overview');
  });

  it('switches to the overview above the limit of nodes in view, and back only well below it', () => {
    const nodes = grid(50, 20);
    // At natural size a 1200 x 600 view shows 10 x 10 nodes: drawn one by one, with the window around them.
    const near = chooseDrawn(nodes, { x: 0, y: 0, k: 1 }, size, pending);
    expect(near.mode).toBe('detail');
    // Fitted, all 1,000 are in view.
    const far = chooseDrawn(nodes, { x: 0, y: 0, k: 0.2 }, size, near);
    expect(far).toEqual({ mode: 'overview', scale: expect.any(Number) as number });
    // Just under the limit (14 x 14 in view): still the overview, so the drawing does not flip frame by frame.
    const k = 0.75;
    const between = visibleRect({ x: 0, y: 0, k }, size);
    const inView = nodes.filter((n) => overlaps(n, between)).length;
    expect(inView).toBeGreaterThan(DETAIL_LIMIT * 0.8);
    expect(inView).toBeLessThanOrEqual(DETAIL_LIMIT);
    expect(chooseDrawn(nodes, { x: 0, y: 0, k }, size, far).mode).toBe('overview');
    expect(chooseDrawn(nodes, { x: 0, y: 0, k }, size, near).mode).toBe('detail');
  });

  it('finds the node under a point, the deepest one inside a group', () => {
    const group = { ...node('g', 0, 0, 0, true), width: 400, height: 200 };
    const child = node('g-n0', 20, 40, 1);
    expect(nodeAt([group, child], 30, 50)?.node.key).toBe('g-n0');
    expect(nodeAt([group, child], 300, 150)?.node.key).toBe('g');
    expect(nodeAt([group, child], 500, 150)).toBeNull();
  });
});
