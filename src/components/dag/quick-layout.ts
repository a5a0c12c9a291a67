import { NODE_HEIGHT, NODE_WIDTH, TERMINAL_SIZE } from './dag-layout';
import type { DagGraph, DagLayout, PlacedNode } from './dag-types';

const GAP_X = 48;
const GAP_Y = 16;

/**
 * A first drawing in a few milliseconds, shown while elkjs computes the real layout in its worker (about a
 * second of CPU for 1,000 nodes): columns by longest path from the start, rows ordered by the mean row of each
 * node's upstream nodes, straight edges. Only for graphs without expanded nodes (no nesting).
 */
export function quickLayout(graph: DagGraph): DagLayout | null {
  if (graph.nodes.some((n) => n.expanded)) return null;
  const ups = new Map<string, string[]>(graph.nodes.map((n) => [n.key, []]));
  const downs = new Map<string, string[]>(graph.nodes.map((n) => [n.key, []]));
  for (const [a, b] of graph.edges) {
    ups.get(b)?.push(a);
    downs.get(a)?.push(b);
  }
  // Kahn's order gives each node its column: one more than its deepest upstream node.
  const rank = new Map<string, number>();
  const pending = new Map(graph.nodes.map((n) => [n.key, ups.get(n.key)?.length ?? 0]));
  const queue = graph.nodes.filter((n) => pending.get(n.key) === 0).map((n) => n.key);
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] ?? '';
    const r = Math.max(-1, ...(ups.get(key) ?? []).map((u) => rank.get(u) ?? 0)) + 1;
    rank.set(key, r);
    for (const d of downs.get(key) ?? []) {
      const left = (pending.get(d) ?? 1) - 1;
      pending.set(d, left);
      if (left === 0) queue.push(d);
    }
  }
  if (rank.size !== graph.nodes.length) return null; // a cycle: leave it to elkjs
  const columns: string[][] = [];
  for (const key of queue) (columns[rank.get(key) ?? 0] ??= []).push(key);
  const row = new Map<string, number>();
  for (const column of columns) {
    const mean = (key: string) => {
      const rows = (ups.get(key) ?? []).map((u) => row.get(u) ?? 0);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : 0;
    };
    column.sort((a, b) => mean(a) - mean(b));
    column.forEach((key, i) => row.set(key, i));
  }
  const tallest = Math.max(...columns.map((c) => c.length));
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const nodes: PlacedNode[] = [];
  columns.forEach((column, c) => {
    const offset = ((tallest - column.length) * (NODE_HEIGHT + GAP_Y)) / 2;
    column.forEach((key, r) => {
      const node = byKey.get(key);
      if (!node) return;
      const terminal = node.kind === 'start' || node.kind === 'end';
      const size = terminal ? TERMINAL_SIZE : { width: NODE_WIDTH, height: NODE_HEIGHT };
      nodes.push({
        node,
        x: 16 + c * (NODE_WIDTH + GAP_X) + (NODE_WIDTH - size.width) / 2,
        y: 16 + offset + r * (NODE_HEIGHT + GAP_Y) + (NODE_HEIGHT - size.height) / 2,
        ...size,
        depth: 0,
      });
    });
  });
  const placed = new Map(nodes.map((p) => [p.node.key, p]));
  const edges = graph.edges.flatMap(([a, b], i) => {
    const from = placed.get(a);
    const to = placed.get(b);
    if (!from || !to) return [];
    const points = [
      { x: from.x + from.width, y: from.y + from.height / 2 },
      { x: to.x, y: to.y + to.height / 2 },
    ];
    return [{ key: `quick:e${i}`, from: a, to: b, points }];
  });
  return {
    width: 32 + columns.length * (NODE_WIDTH + GAP_X),
    height: 32 + tallest * (NODE_HEIGHT + GAP_Y),
    nodes,
    edges,
  };
}
