import { useLayoutEffect, useRef } from 'react';
import type { PlacedNode } from './dag-types';
import type { PanZoom } from './pan-zoom';

/** Below this scale a node chosen outside the drawing is zoomed to at natural size (its words are too small). */
const SMALLEST_FOR_A_CHOSEN_NODE = 0.5;

/**
 * Brings the selected node into view when it was chosen outside the drawing (the failed-nodes summary, a table
 * row, a link with `?node=`); one chosen in the drawing is in view already and the view stays put.
 * Returns what the drawing calls when a node is activated in it.
 */
export function useRevealSelected(
  panZoom: PanZoom,
  byKey: ReadonlyMap<string, PlacedNode>,
  selectedKey: string | undefined,
): (key: string) => void {
  const chosenHere = useRef<string | undefined>(undefined);
  const shown = useRef<string | undefined>(undefined);
  // Declared after the fit, so a link that opens a node fits first and then goes to the node.
  useLayoutEffect(() => {
    if (!selectedKey || selectedKey === shown.current) return;
    const placed = byKey.get(selectedKey);
    if (!placed) return;
    shown.current = selectedKey;
    if (selectedKey !== chosenHere.current) panZoom.reveal(placed, SMALLEST_FOR_A_CHOSEN_NODE, 1);
  }, [selectedKey, byKey, panZoom]);
  return (key) => {
    chosenHere.current = key;
  };
}
