import { useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import type { PlacedNode } from './dag-types';
import type { PanZoom } from './pan-zoom';

/** The scale a keyboard move zooms to from the overview, so the focused node can be read. */
const READABLE_SCALE = 1;

/**
 * The roving focus of a drawing: one node in the Tab order (the one last focused, else the selected one, else the
 * first). Moving to a node that is not drawn yet brings it into view and focuses it once it is drawn.
 */
export function useDagFocus(
  layer: RefObject<HTMLDivElement | null>,
  panZoom: PanZoom,
  nodes: { byKey: ReadonlyMap<string, PlacedNode>; first: string; selectedKey: string | undefined },
) {
  const { byKey, first, selectedKey } = nodes;
  const [focusKey, setFocusKey] = useState('');
  const pendingFocus = useRef('');
  const rovingKey = byKey.has(focusKey)
    ? focusKey
    : selectedKey && byKey.has(selectedKey)
      ? selectedKey
      : first;

  const drawnNode = (key: string) =>
    layer.current?.querySelector<SVGGElement>(`g.dag-node[data-key="${CSS.escape(key)}"]`) ?? null;
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    // The view moves in the next frame: the focus must not scroll the clipped viewport meanwhile.
    drawnNode(pendingFocus.current)?.focus({ preventScroll: true });
    pendingFocus.current = '';
  });

  /** Keyboard moves: `fromOverview` zooms in to a readable size around the node. */
  const focusNode = (key: string, fromOverview: boolean) => {
    const placed = byKey.get(key);
    if (!placed) return;
    setFocusKey(key);
    panZoom.reveal(placed, fromOverview ? READABLE_SCALE : 0);
    const element = drawnNode(key);
    if (element) element.focus({ preventScroll: true });
    else pendingFocus.current = key;
  };

  // Tab and a click focus a node too: it becomes the roving one, which stays drawn while it has the focus.
  const onFocus = (e: FocusEvent) => {
    const key = e.target.closest<SVGGElement>('[data-key]')?.dataset.key;
    if (key && key !== focusKey && byKey.has(key)) setFocusKey(key);
  };

  return { rovingKey, setFocusKey, focusNode, onFocus };
}
