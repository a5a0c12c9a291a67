import './dag.css';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from './dag-layout';
import { isDirection, nextNode } from './dag-navigation';
import { DagNodeView } from './dag-node-view';
import type { DagLayout } from './dag-types';
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
 * The drawn graph: edges as paths, nodes as focusable groups. One node is in the Tab order (roving tabindex);
 * arrow keys move between nodes, Enter or a click activates one, the toggle next to a node expands it.
 */
export function DagCanvas({ layout, source = 'elk', label, selectedKey, onActivate, onToggle }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const panZoom = usePanZoom(viewport, layer);
  const [focusKey, setFocusKey] = useState('');
  const byKey = useMemo(() => new Map(layout.nodes.map((n) => [n.node.key, n])), [layout.nodes]);
  const first = layout.nodes.find((n) => !n.node.expanded)?.node.key ?? '';
  // The node in the Tab order: the one last focused, else the selected one, else the first.
  const rovingKey = byKey.has(focusKey)
    ? focusKey
    : selectedKey && byKey.has(selectedKey)
      ? selectedKey
      : first;

  // Fit the first drawing and the real layout that replaces a quick one; a layout after expanding keeps the view.
  const fitted = useRef('');
  useLayoutEffect(() => {
    if (fitted.current === 'elk' || fitted.current === source) return;
    panZoom.fit(layout);
    fitted.current = source;
  }, [panZoom, layout, source]);

  const focusNode = (key: string) => {
    const placed = byKey.get(key);
    if (!placed) return;
    setFocusKey(key);
    panZoom.reveal(placed);
    layer.current?.querySelector<SVGGElement>(`g.dag-node[data-key="${CSS.escape(key)}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-key]');
    const key = target?.dataset.key;
    if (!key) return;
    if (isDirection(e.key)) {
      e.preventDefault();
      const next = nextNode(layout.nodes, key, e.key);
      if (next) focusNode(next.node.key);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (target.dataset.toggle) onToggle?.(key);
      else onActivate?.(key);
    }
  };

  const onClick = (e: MouseEvent) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-key]');
    const key = target?.dataset.key;
    if (!key) return;
    setFocusKey(key);
    if (target.dataset.toggle) onToggle?.(key);
    else onActivate?.(key);
  };

  return (
    <div className="dag">
      <div className="dag-controls" role="group" aria-label="Graph view">
        <button type="button" className="secondary" onClick={() => panZoom.zoomAt(1.25)}>
          Zoom in
        </button>
        <button type="button" className="secondary" onClick={() => panZoom.zoomAt(0.8)}>
          Zoom out
        </button>
        <button type="button" className="secondary" onClick={() => panZoom.fit(layout)}>
          Fit
        </button>
      </div>
      <div
        className="dag-viewport"
        ref={viewport}
        onKeyDown={onKeyDown}
        onClick={onClick}
        data-layout={source}
      >
        <div className="dag-layer" ref={layer}>
          <svg
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={label}
          >
            <defs>
              {/* Leaf nodes' texts are clipped to the box (the words stay whole in the DOM for their names). */}
              <clipPath id="dag-clip-leaf">
                <rect x={4} width={NODE_WIDTH - 12} height={NODE_HEIGHT} />
              </clipPath>
              <marker
                id="dag-arrow"
                viewBox="0 0 8 8"
                refX="8"
                refY="4"
                markerWidth="8"
                markerHeight="8"
                orient="auto"
              >
                <path d="M0,0 L8,4 L0,8 z" className="dag-arrow" />
              </marker>
            </defs>
            {layout.nodes
              .filter((n) => n.node.expanded)
              .map((n) => (
                <DagNodeView
                  key={n.node.key}
                  placed={n}
                  tabbable={n.node.key === rovingKey}
                  selected={n.node.key === selectedKey}
                />
              ))}
            <g className="dag-edges" aria-hidden="true">
              {layout.edges.map((e) => (
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
            {layout.nodes
              .filter((n) => !n.node.expanded)
              .map((n) => (
                <DagNodeView
                  key={n.node.key}
                  placed={n}
                  tabbable={n.node.key === rovingKey}
                  selected={n.node.key === selectedKey}
                />
              ))}
            {layout.nodes
              .filter((n) => n.node.expandable)
              .map((n) => (
                <g
                  key={`toggle-${n.node.key}`}
                  className="dag-toggle"
                  role="button"
                  tabIndex={n.node.key === rovingKey ? 0 : -1}
                  aria-expanded={n.node.expanded}
                  aria-label={`${n.node.expanded ? 'Collapse' : 'Expand'} ${n.node.nodeId}`}
                  data-key={n.node.key}
                  data-toggle="1"
                  transform={`translate(${n.x + n.width - 26},${n.y + (n.node.expanded ? 26 : 4)})`}
                >
                  <rect width={22} height={22} rx={4} />
                  <text x={11} y={16} textAnchor="middle" aria-hidden="true">
                    {n.node.expanded ? '−' : '+'}
                  </text>
                </g>
              ))}
          </svg>
        </div>
      </div>
    </div>
  );
}
