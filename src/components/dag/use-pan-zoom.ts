import { useEffect, useState, type RefObject } from 'react';
import { createPanZoom, type PanZoom } from './pan-zoom';

/** Pan by dragging, zoom by wheel around the pointer, and the viewport's size from a ResizeObserver. */
export function usePanZoom(
  viewport: RefObject<HTMLDivElement | null>,
  layer: RefObject<HTMLDivElement | null>,
): PanZoom {
  const [control] = useState(() => createPanZoom(viewport, layer));

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    let drag: { id: number; x: number; y: number; moved: boolean } | null = null;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = el.getBoundingClientRect();
      control.zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - box.left, e.clientY - box.top);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
    };
    const onMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      // A click that wobbles a pixel is still a click on a node.
      if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 4) return;
      if (!drag.moved) el.setPointerCapture(e.pointerId);
      control.pan(e.clientX - drag.x, e.clientY - drag.y);
      drag = { ...drag, x: e.clientX, y: e.clientY, moved: true };
    };
    const onUp = () => {
      drag = null;
    };
    // The size is read from the observer, never from layout in the middle of a frame (jsdom has no observer).
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(([entry]) => {
            if (entry) control.resized({ width: entry.contentRect.width, height: entry.contentRect.height });
          });
    observer?.observe(el);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      observer?.disconnect();
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      control.cancel();
    };
  }, [control, viewport]);

  return control;
}
