import './dag.css';
import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { DagControls } from './dag-controls';
import { DagDefs } from './dag-defs';
import { isDirection, nextNode } from './dag-navigation';
import { DagNodeView } from './dag-node-view';
import { DagOverview } from './dag-overview';
import { DagToggle } from './dag-toggle';
import type { DagLayout, PlacedNode } from './dag-types';
import { edgeBox, nodeAt, overlaps } from './dag-window';
import { useDagFocus } from './use-dag-focus';
import { useDagWindow } from './use-dag-window';
import { useRevealSelected } from './use-reveal-selected';
import { usePanZoom } from './use-pan-zoom';

interface Props {
  layout: DagLayout;
  /** 'quick' while the first drawing waits for elkjs; the view is fitted again when the real layout arrives. */
  source?: 'quick' | 'elk';
  /** Accessible name of the drawing, e.g. "Graph of execution abc". */
  label: string;
  selectedKey?: string;
  onActivate?: (key: string) => void;
  onToggle?: (key: string) => void;
}

const pathOf = (points: { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');

/**
 * The drawn graph: edges as paths, nodes as focusable groups. Only the nodes near the view are drawn, or with too
 * many in view an overview (see `chooseDrawn`); the node in the Tab order and the selected one are always drawn.
 * One node is in the Tab order (roving tabindex); arrow keys move between all nodes, drawn or not, and Enter or a
 * click activates one; the toggle next to a node expands it.
 */
export function DagCanvas({ layout, source = 'elk', label, selectedKey, onActivate, onToggle }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const panZoom = usePanZoom(viewport, layer);
  const byKey = useMemo(() => new Map(layout.nodes.map((n) => [n.node.key, n])), [layout.nodes]);
  const first = layout.nodes.find((n) => !n.node.expanded)?.node.key ?? '';
  const { rovingKey, setFocusKey, focusNode, onFocus } = useDagFocus(layer, panZoom, {
    byKey,
    first,
    selectedKey,
  });

  // Fit the first drawing and the real layout that replaces a quick one, unless the person has moved the view
  // meanwhile: then their node is kept in view. A layout after expanding keeps the view. Declared before the
  // drawn window, which is then chosen for the fitted view.
  const fitted = useRef('');
  useLayoutEffect(() => {
    if (fitted.current === 'elk' || fitted.current === source) return;
    const kept = fitted.current === 'quick' && panZoom.moved() ? byKey.get(rovingKey) : undefined;
    if (kept) panZoom.reveal(kept);
    else panZoom.fit(layout);
    fitted.current = source;
  }, [panZoom, layout, source, byKey, rovingKey]);
  const chosenHere = useRevealSelected(panZoom, byKey, selectedKey);
  const drawn = useDagWindow(panZoom, layout.nodes);
  const activate = (key: string) => {
    chosenHere(key);
    onActivate?.(key);
  };
  const edgeBoxes = useMemo(() => layout.edges.map(edgeBox), [layout.edges]);

  const pinned = (key: string) => key === rovingKey || key === selectedKey;
  const inView = (p: PlacedNode) =>
    drawn.mode === 'all' || (drawn.mode === 'detail' && overlaps(p, drawn.window));
  const nodes = drawn.mode === 'pending' ? [] : layout.nodes.filter((n) => inView(n) || pinned(n.node.key));
  const edges =
    drawn.mode === 'all'
      ? layout.edges
      : drawn.mode === 'detail'
        ? layout.edges.filter((_, i) => {
            const box = edgeBoxes[i];
            return box !== undefined && overlaps(box, drawn.window);
          })
        : [];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-key]');
    const key = target?.dataset.key;
    if (!key) return;
    if (isDirection(e.key)) {
      e.preventDefault();
      const next = nextNode(layout.nodes, key, e.key);
      if (next) focusNode(next.node.key, drawn.mode === 'overview');
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (target.dataset.toggle) onToggle?.(key);
      else activate(key);
    }
  };

  const onClick = (e: MouseEvent) => {
    const element = e.target as Element;
    // The overview has no element per node: the point clicked names it (a drag ends on the viewport instead).
    if (drawn.mode === 'overview' && element.closest('.dag-overview')) {
      const point = panZoom.toDrawing(e.clientX, e.clientY);
      const hit = nodeAt(layout.nodes, point.x, point.y);
      if (hit) {
        setFocusKey(hit.node.key);
        activate(hit.node.key);
      }
      return;
    }
    const target = element.closest<SVGGElement>('[data-key]');
    const key = target?.dataset.key;
    if (!key) return;
    setFocusKey(key);
    if (target.dataset.toggle) onToggle?.(key);
    else activate(key);
  };

  const nodeView = (n: PlacedNode) => (
    <DagNodeView
      key={n.node.key}
      placed={n}
      tabbable={n.node.key === rovingKey}
      selected={n.node.key === selectedKey}
    />
  );
  return (
    <div className="dag">
      <DagControls panZoom={panZoom} size={layout} overview={drawn.mode === 'overview'} />
      <div
        className="dag-viewport"
        ref={viewport}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
        data-layout={source}
        data-drawn={drawn.mode}
      >
        <div className="dag-layer" ref={layer}>
          <svg
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={label}
          >
            <DagDefs />
            {drawn.mode === 'overview' && <DagOverview layout={layout} scale={drawn.scale} />}
            {nodes.filter((n) => n.node.expanded).map(nodeView)}
            <g className="dag-edges" aria-hidden="true">
              {edges.map((e) => (
                <path
                  key={e.key}
                  className="dag-edge"
                  d={pathOf(e.points)}
                  markerEnd="url(#dag-arrow)"
                  data-from={e.from}
                  data-to={e.to}
                />
              ))}
            </g>
            {nodes.filter((n) => !n.node.expanded).map(nodeView)}
            {nodes
              .filter((n) => n.node.expandable)
              .map((n) => (
                <DagToggle key={`toggle-${n.node.key}`} placed={n} tabbable={n.node.key === rovingKey} />
              ))}
          </svg>
        </div>
      </div>
    </div>
  );
}
