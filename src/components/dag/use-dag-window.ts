import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { PlacedNode } from './dag-types';
import { chooseDrawn, sameDrawn, type Drawn } from './dag-window';
import type { PanZoom } from './pan-zoom';

/**
 * What the canvas draws for the current view (see `chooseDrawn`). A change that follows a pan or a zoom renders as
 * a transition: React draws the new nodes in slices between frames, so the layer keeps moving meanwhile. A new
 * layout is drawn before the next paint.
 */
export function useDagWindow(panZoom: PanZoom, nodes: readonly PlacedNode[]): Drawn {
  const [drawn, setDrawn] = useState<Drawn>({ mode: 'pending' });
  const latest = useRef<{ nodes: readonly PlacedNode[]; drawn: Drawn }>({ nodes, drawn });

  const update = useCallback(
    (urgent: boolean) => {
      const next = chooseDrawn(latest.current.nodes, panZoom.current(), panZoom.size(), latest.current.drawn);
      if (sameDrawn(next, latest.current.drawn)) return;
      latest.current.drawn = next;
      if (urgent) setDrawn(next);
      else startTransition(() => setDrawn(next));
    },
    [panZoom],
  );

  // Runs after the canvas fitted a new layout (its effect is declared first), before the browser paints.
  useLayoutEffect(() => {
    latest.current.nodes = nodes;
    update(true);
  }, [nodes, update]);

  useLayoutEffect(() => panZoom.subscribe(() => update(false)), [panZoom, update]);

  return drawn;
}
