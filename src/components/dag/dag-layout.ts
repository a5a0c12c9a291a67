import type { ELK as ElkEngine, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DagGraph, DagLayout, DagNode, PlacedEdge, PlacedNode } from './dag-types';

export const NODE_WIDTH = 196;
export const NODE_HEIGHT = 56;
export const TERMINAL_SIZE = { width: 64, height: 36 };
/** Room for an expanded node's title above its children. */
const GROUP_TOP = 40;

/**
 * elkjs, chosen by measurement on the generated 1,000-node workflow (README, "Graph layout"): its layered
 * algorithm with one sweep of crossing minimisation, simple node placement and polyline edges. It runs in a Web
 * Worker (the worker script loads with the first graph only) so panning stays smooth while a layout runs.
 */
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.padding': `[top=${GROUP_TOP},left=16,bottom=16,right=16]`,
};

let engine: Promise<ElkEngine> | null = null;

async function createEngine(): Promise<ElkEngine> {
  if (import.meta.env.MODE === 'test') {
    // jsdom has no workers: unit tests run the same algorithm on this thread (dropped from the production build).
    const { default: ElkBundled } = await import('elkjs/lib/elk.bundled.js');
    return new ElkBundled();
  }
  const [{ default: ElkApi }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  return new ElkApi({ workerUrl });
}

function getEngine(): Promise<ElkEngine> {
  engine ??= createEngine();
  return engine;
}

function sizeOf(node: DagNode) {
  return node.kind === 'start' || node.kind === 'end'
    ? TERMINAL_SIZE
    : { width: NODE_WIDTH, height: NODE_HEIGHT };
}

function toElk(graph: DagGraph, id: string): ElkNode {
  return {
    id,
    layoutOptions: LAYOUT_OPTIONS,
    children: graph.nodes.map((node) =>
      node.expanded && node.children && node.children.nodes.length > 0
        ? { ...toElk(node.children, node.key), id: node.key }
        : { id: node.key, ...sizeOf(node) },
    ),
    edges: graph.edges.map(([from, to], i): ElkExtendedEdge => ({
      id: `${id}:e${i}`,
      sources: [from],
      targets: [to],
    })),
  };
}

function collect(
  graph: DagGraph,
  elk: ElkNode,
  offset: { x: number; y: number },
  depth: number,
  out: { nodes: PlacedNode[]; edges: PlacedEdge[] },
) {
  const byId = new Map((elk.children ?? []).map((c) => [c.id, c]));
  for (const node of graph.nodes) {
    const placed = byId.get(node.key);
    if (!placed) continue;
    const x = offset.x + (placed.x ?? 0);
    const y = offset.y + (placed.y ?? 0);
    out.nodes.push({
      node,
      x,
      y,
      width: placed.width ?? NODE_WIDTH,
      height: placed.height ?? NODE_HEIGHT,
      depth,
    });
    if (node.expanded && node.children && placed.children)
      collect(node.children, placed, { x, y }, depth + 1, out);
  }
  for (const edge of elk.edges ?? []) {
    const section = edge.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
      x: offset.x + p.x,
      y: offset.y + p.y,
    }));
    out.edges.push({ key: edge.id, from: edge.sources[0] ?? '', to: edge.targets[0] ?? '', points });
  }
}

/** Lays the graph out left to right; expanded nodes become groups sized around their own layout. */
export async function layoutDag(graph: DagGraph): Promise<DagLayout> {
  const elk = await getEngine();
  const result = await elk.layout(toElk(graph, 'root'));
  const out = { nodes: [] as PlacedNode[], edges: [] as PlacedEdge[] };
  collect(graph, result, { x: 0, y: 0 }, 0, out);
  return { width: result.width ?? 0, height: result.height ?? 0, ...out };
}

/** Layout depends on structure only: phases and counts change without a new layout. */
export function structureKey(graph: DagGraph): string {
  const part = (g: DagGraph): string =>
    `${g.nodes.map((n) => (n.expanded && n.children ? `${n.key}(${part(n.children)})` : n.key)).join(',')}|${g.edges.map((e) => e.join('>')).join(',')}`;
  return part(graph);
}
