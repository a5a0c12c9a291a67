import { identifierKey } from '../../api/decode-graph';
import type { CompiledGraph, GraphNodeSpec, WorkflowGraph } from '../../api/types/graph';
import type { NodeExecution } from '../../api/types/node-executions';
import type { DagGraph, DagNode, DagNodeKind } from './dag-types';

/** What is known about a run at one moment; absent for a workflow version's graph. */
export interface RunState {
  /** Node executions of one level, by the unique id of their parent ('' for the top level). */
  levels: Map<string, NodeExecution[]>;
  /** Dynamic nodes' compiled workflows, by node key. */
  dynamicGraphs: Map<string, CompiledGraph>;
  /** Map tasks' sub-task counts by phase, by node key. */
  subTaskCounts: Map<string, Record<string, number>>;
}

export interface BuildInput {
  graph: CompiledGraph;
  expanded: ReadonlySet<string>;
  run?: RunState;
}

/** flyteadmin's unique id for a node inside a parent: `<parent>-<retry group>-<node id>` (retry group 0). */
const childKey = (parent: string, id: string) => (parent ? `${parent}-0-${id}` : id);

const TERMINALS = new Set(['start-node', 'end-node']);

function edgesOf(wf: { nodes: GraphNodeSpec[]; edges: Array<[string, string]> }): Array<[string, string]> {
  if (wf.edges.length > 0) return wf.edges;
  // Closures without connections (older compilers, branch cases): derive them from upstream_node_ids.
  const edges: Array<[string, string]> = [];
  const hasDownstream = new Set<string>();
  for (const n of wf.nodes) {
    const ups = n.upstream.length > 0 ? n.upstream : ['start-node'];
    for (const u of ups) {
      edges.push([u, n.id]);
      hasDownstream.add(u);
    }
  }
  for (const n of wf.nodes) if (!hasDownstream.has(n.id)) edges.push([n.id, 'end-node']);
  return edges;
}

function summarizeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([phase, n]) => `${n} ${phase.toLowerCase().replace(/_/g, ' ')}`)
    .join(', ');
}

/** The drawing for one level (a workflow, a sub-workflow, a dynamic node's workflow), expansions included. */
function buildLevel(input: BuildInput, wf: WorkflowGraph, parent: string, withTerminals: boolean): DagGraph {
  const { graph, expanded, run } = input;
  const execs = new Map((run?.levels.get(parent) ?? []).map((n) => [n.specNodeId || n.nodeId, n]));
  const tasks = new Map(graph.tasks.map((t) => [identifierKey(t.id), t]));
  const subWorkflows = new Map(graph.subWorkflows.map((w) => [identifierKey(w.id), w]));

  const node = (spec: GraphNodeSpec): DagNode => {
    const key = childKey(parent, spec.id);
    const exec = execs.get(spec.id);
    const task = tasks.get(identifierKey(spec.taskId));
    let kind: DagNodeKind = spec.kind === 'unknown' ? 'unknown' : spec.kind;
    if (kind === 'task' && exec?.isDynamic) kind = 'dynamic';
    const isOpen = expanded.has(key);
    let children: DagGraph | undefined;
    let expandable = false;
    let detail: string | undefined;
    if (kind === 'subworkflow') {
      const sub = subWorkflows.get(identifierKey(spec.refId));
      expandable = Boolean(sub);
      if (sub && isOpen) children = buildLevel(input, sub, key, true);
    } else if (kind === 'branch') {
      expandable = spec.cases.length > 0;
      if (isOpen) children = buildLevel(input, { id: null, nodes: spec.cases, edges: [] }, key, false);
    } else if (kind === 'dynamic') {
      expandable = true;
      const dynamic = run?.dynamicGraphs.get(key);
      if (dynamic && isOpen) children = buildLevel({ ...input, graph: dynamic }, dynamic.primary, key, true);
    } else if (kind === 'map') {
      expandable = Boolean(exec);
      const counts = run?.subTaskCounts.get(key);
      if (counts) detail = summarizeCounts(counts);
      if (counts && isOpen)
        children = {
          nodes: Object.entries(counts).map(([phase, count]) => ({
            key: `${key}:${phase}`,
            nodeId: spec.id,
            label: `${count} sub-tasks`,
            sublabel: task?.type ?? 'map task',
            kind: 'unknown',
            phase,
            expandable: false,
            expanded: false,
          })),
          edges: [],
        };
    }
    return {
      key,
      nodeId: spec.id,
      label: spec.name.split('.').pop() ?? spec.name,
      sublabel: task?.type ?? kind,
      kind,
      ...(run ? { phase: exec?.phase ?? 'UNDEFINED' } : {}),
      ...(detail ? { detail } : {}),
      expandable,
      expanded: isOpen && Boolean(children && children.nodes.length > 0),
      ...(children ? { children } : {}),
    };
  };

  const nodes = wf.nodes.map(node);
  const edges = edgesOf(wf).map(([a, b]): [string, string] => [childKey(parent, a), childKey(parent, b)]);
  if (!withTerminals)
    return { nodes, edges: edges.filter(([a, b]) => !isTerminal(a, parent) && !isTerminal(b, parent)) };
  const terminal = (id: string, label: string): DagNode => {
    const exec = execs.get(id);
    return {
      key: childKey(parent, id),
      nodeId: id,
      label,
      sublabel: '',
      kind: id === 'start-node' ? 'start' : 'end',
      ...(run && exec ? { phase: exec.phase } : {}),
      expandable: false,
      expanded: false,
    };
  };
  return { nodes: [terminal('start-node', 'start'), ...nodes, terminal('end-node', 'end')], edges };
}

const isTerminal = (key: string, parent: string) => [...TERMINALS].some((t) => key === childKey(parent, t));

export function buildDag(input: BuildInput): DagGraph {
  return buildLevel(input, input.graph.primary, '', true);
}
