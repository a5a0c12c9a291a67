/** What the graph canvas draws: nodes (possibly expanded into a group of their own nodes) and directed edges. */
export type DagNodeKind =
  'start' | 'end' | 'task' | 'subworkflow' | 'launchplan' | 'branch' | 'dynamic' | 'map' | 'gate' | 'unknown';

export interface DagNode {
  /** Unique in the whole drawing; for executions, flyteadmin's unique node id (`n1-0-n0` inside n1). */
  key: string;
  /** The node id people know from their code (`n0`), shown with the name. */
  nodeId: string;
  label: string;
  /** Task type or node kind, shown under the label. */
  sublabel: string;
  kind: DagNodeKind;
  /** Live phase; absent on a workflow version's graph. */
  phase?: string;
  /** Extra line, e.g. a map task's sub-task counts by phase. */
  detail?: string;
  expandable: boolean;
  expanded: boolean;
  /** The nodes inside an expanded node. */
  children?: DagGraph;
}

export interface DagGraph {
  nodes: DagNode[];
  edges: Array<[string, string]>;
}

interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: DagNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Nesting depth: 0 at the top level. */
  depth: number;
}

export interface PlacedEdge {
  key: string;
  from: string;
  to: string;
  points: Point[];
}

export interface DagLayout {
  width: number;
  height: number;
  /** Leaf and collapsed nodes, and expanded nodes (drawn as groups behind their children), parents first. */
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}
