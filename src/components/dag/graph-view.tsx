import { useEffect, useMemo, useRef, useState } from 'react';
import type { CompiledGraph } from '../../api/types/graph';
import { buildDag, type RunState } from './build-dag';
import { DagCanvas } from './dag-canvas';
import { layoutDag, structureKey } from './dag-layout';
import { quickLayout } from './quick-layout';
import type { DagGraph, DagLayout, DagNode } from './dag-types';

interface Props {
  graph: CompiledGraph;
  label: string;
  expanded: ReadonlySet<string>;
  onToggle: (key: string, node: DagNode) => void;
  run?: RunState;
  selectedKey?: string;
  onActivate?: (key: string) => void;
}

function index(graph: DagGraph, into = new Map<string, DagNode>()): Map<string, DagNode> {
  for (const n of graph.nodes) {
    into.set(n.key, n);
    if (n.children) index(n.children, into);
  }
  return into;
}

/**
 * A compiled workflow drawn with live state: the layout is computed when the structure changes (a node expanded,
 * a dynamic workflow arrived), never when only phases change; nodes are drawn from primitive props, so React
 * skips every node whose phase did not change.
 */
export function GraphView({ graph, label, expanded, onToggle, run, selectedKey, onActivate }: Props) {
  const dag = useMemo(() => buildDag({ graph, expanded, ...(run ? { run } : {}) }), [graph, expanded, run]);
  const key = structureKey(dag);
  const [layout, setLayout] = useState<{ key: string; value: DagLayout; source: 'quick' | 'elk' } | null>(
    null,
  );
  const [error, setError] = useState('');
  const requested = useRef('');

  useEffect(() => {
    // Only a new structure needs a new layout; phases and counts are read from `dag` at drawing time.
    if (requested.current === key) return;
    requested.current = key;
    layoutDag(dag).then(
      (value) => requested.current === key && setLayout({ key, value, source: 'elk' }),
      (e: unknown) => requested.current === key && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [key, dag]);

  // Until elkjs is done with this structure, a quick first drawing (milliseconds) stands in.
  const elkReady = layout?.key === key;
  const quick = useMemo(() => (elkReady ? null : quickLayout(dag)), [elkReady, dag]);
  const shown = useMemo(
    () => (elkReady || !quick ? layout : { key, value: quick, source: 'quick' as const }),
    [elkReady, quick, layout, key],
  );
  const nodes = useMemo(() => index(dag), [dag]);
  const current = useMemo(
    () =>
      shown && {
        ...shown.value,
        nodes: shown.value.nodes.map((p) => ({ ...p, node: nodes.get(p.node.key) ?? p.node })),
      },
    [shown, nodes],
  );

  if (error) return <p role="alert">The graph could not be laid out: {error}</p>;
  if (!current)
    return (
      <p className="muted" role="status">
        Laying out the graph…
      </p>
    );
  return (
    <DagCanvas
      layout={current}
      source={shown?.source ?? 'elk'}
      label={label}
      {...(selectedKey ? { selectedKey } : {})}
      {...(onActivate ? { onActivate } : {})}
      onToggle={(k) => {
        const node = nodes.get(k);
        if (node) onToggle(k, node);
      }}
    />
  );
}
