import { describe, expect, it } from 'vitest';
import { generatedTemplate } from '../../../test/fixtures/graph-templates.ts';
import { graphOf } from '../../../test/unit/compiled-graph';
import type { NodeExecution } from '../../api/types/node-executions';
import { buildDag } from './build-dag';
import { nextNode } from './dag-navigation';
import { quickLayout } from './quick-layout';

const exec = (nodeId: string, phase: string, extra: Partial<NodeExecution> = {}): NodeExecution => ({
  nodeId,
  executionId: { project: 'p', domain: 'd', name: 'x' },
  specNodeId: nodeId.split('-').at(-1) ?? nodeId,
  isParentNode: false,
  phase,
  startedAt: '',
  duration: null,
  error: null,
  createdAt: '',
  updatedAt: '',
  isDynamic: false,
  isArray: false,
  cacheStatus: '',
  childExecution: null,
  ...extra,
});

describe('compiled closure to drawing', () => {
  it('decodes every node kind and the connections, start and end included', () => {
    const graph = graphOf();
    expect(graph.primary.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['n0', 'task'],
      ['n1', 'branch'],
      ['n2', 'subworkflow'],
      ['n3', 'task'],
      ['n4', 'map'],
      ['n5', 'task'],
    ]);
    expect(graph.primary.nodes[1]?.cases.map((c) => c.name)).toEqual(['small_batch', 'large_batch']);
    expect(graph.primary.edges).toContainEqual(['start-node', 'n0']);
    expect(graph.primary.edges).toContainEqual(['n4', 'n5']);
    expect(graph.primary.edges).toContainEqual(['n5', 'end-node']);
    expect(graph.subWorkflows).toHaveLength(1);
    expect(graph.tasks.find((t) => t.id.name.endsWith('.report'))?.requests).toContainEqual({
      name: 'CPU',
      value: '500m',
    });
  });

  it('draws phases, marks dynamic nodes from their execution, and expands in place', () => {
    const graph = graphOf();
    const levels = new Map([
      ['', [exec('n0', 'SUCCEEDED'), exec('n3', 'RUNNING', { isDynamic: true }), exec('n2', 'RUNNING')]],
      ['n2', [exec('n2-0-n0', 'SUCCEEDED'), exec('n2-0-n1', 'QUEUED')]],
    ]);
    const run = {
      levels,
      dynamicGraphs: new Map(),
      subTaskCounts: new Map([['n4', { SUCCEEDED: 60, RUNNING: 40 }]]),
    };
    const dag = buildDag({ graph, expanded: new Set(['n2', 'n1']), run });
    const byKey = new Map(dag.nodes.map((n) => [n.key, n]));
    expect(dag.nodes[0]?.kind).toBe('start');
    expect(dag.nodes.at(-1)?.kind).toBe('end');
    expect(byKey.get('n0')?.phase).toBe('SUCCEEDED');
    expect(byKey.get('n5')?.phase).toBe('UNDEFINED');
    expect(byKey.get('n3')?.kind).toBe('dynamic');
    expect(byKey.get('n4')?.detail).toBe('60 succeeded, 40 running');
    const sub = byKey.get('n2');
    expect(sub?.expanded).toBe(true);
    expect(sub?.children?.nodes.map((n) => [n.key, n.phase])).toEqual([
      ['n2-0-start-node', undefined],
      ['n2-0-n0', 'SUCCEEDED'],
      ['n2-0-n1', 'QUEUED'],
      ['n2-0-end-node', undefined],
    ]);
    expect(byKey.get('n1')?.children?.nodes.map((n) => n.key)).toEqual(['n1-0-n0', 'n1-0-n1']);
  });

  it('draws a workflow version without phases', () => {
    const dag = buildDag({ graph: graphOf(), expanded: new Set() });
    expect(dag.nodes.every((n) => n.phase === undefined)).toBe(true);
  });

  it('lays 1,000 nodes out in columns at once, and arrow keys follow the drawing', () => {
    const dag = buildDag({ graph: graphOf(generatedTemplate()), expanded: new Set() });
    expect(dag.nodes).toHaveLength(1002);
    const layout = quickLayout(dag);
    if (!layout) throw new Error('no quick layout');
    expect(layout.nodes).toHaveLength(1002);
    expect(layout.edges).toHaveLength(dag.edges.length);
    const start = layout.nodes.find((n) => n.node.key === 'start-node');
    const first = layout.nodes.find((n) => n.node.key === 'n0');
    expect(first && start && first.x > start.x).toBe(true);
    expect(nextNode(layout.nodes, 'start-node', 'ArrowRight')?.node.key).toMatch(/^n\d$|^n1\d$/);
    expect(nextNode(layout.nodes, 'start-node', 'ArrowLeft')).toBeNull();
    const down = nextNode(layout.nodes, 'n0', 'ArrowDown');
    const n0 = layout.nodes.find((n) => n.node.key === 'n0');
    expect(down && n0 && down.x === n0.x && down.y > n0.y).toBe(true);
  });
});
