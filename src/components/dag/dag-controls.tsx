import type { PanZoom } from './pan-zoom';

/** Zoom and fit as buttons (pointer gestures are not the only way), and what the overview leaves out. */
export function DagControls({
  panZoom,
  size,
  overview,
}: {
  panZoom: PanZoom;
  size: { width: number; height: number };
  overview: boolean;
}) {
  return (
    <div className="dag-controls" role="group" aria-label="Graph view">
      <button type="button" className="secondary" onClick={() => panZoom.zoomAt(1.25)}>
        Zoom in
      </button>
      <button type="button" className="secondary" onClick={() => panZoom.zoomAt(0.8)}>
        Zoom out
      </button>
      <button type="button" className="secondary" onClick={() => panZoom.fit(size)}>
        Fit
      </button>
      {overview && (
        <span className="dag-hint">Zoomed out: nodes are boxes coloured by phase. Zoom in to read them.</span>
      )}
    </div>
  );
}
