import { useEffect, useState, type RefObject } from 'react';

interface View {
  x: number;
  y: number;
  k: number;
}

export interface PanZoom {
  zoomAt(factor: number, px?: number, py?: number): void;
  fit(size: { width: number; height: number }): void;
  reveal(r: { x: number; y: number; width: number; height: number }): void;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 2.5;
const clamp = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/**
 * Pan, zoom and fit for a layer inside a viewport. The view is plain state outside React, written straight to
 * the layer's CSS transform once per frame: a 1,000-node drawing is never re-rendered while it moves, and the
 * browser only composites the layer.
 */
function createPanZoom(
  viewport: RefObject<HTMLDivElement | null>,
  layer: RefObject<HTMLDivElement | null>,
): PanZoom & { pan(dx: number, dy: number): void; cancel(): void } {
  let view: View = { x: 0, y: 0, k: 1 };
  let frame = 0;
  const apply = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (layer.current)
        layer.current.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
    });
  };
  const box = () => viewport.current?.getBoundingClientRect() ?? { width: 0, height: 0 };
  return {
    zoomAt(factor, px, py) {
      const { width, height } = box();
      const cx = px ?? width / 2;
      const cy = py ?? height / 2;
      const k = clamp(view.k * factor);
      view = { k, x: cx - ((cx - view.x) * k) / view.k, y: cy - ((cy - view.y) * k) / view.k };
      apply();
    },
    fit(size) {
      const { width, height } = box();
      if (size.width === 0 || width === 0) return;
      const k = clamp(Math.min(width / size.width, height / size.height, 1) * 0.95);
      view = { k, x: (width - size.width * k) / 2, y: (height - size.height * k) / 2 };
      apply();
    },
    reveal(r) {
      const { width, height } = box();
      const left = view.x + r.x * view.k;
      const top = view.y + r.y * view.k;
      const right = left + r.width * view.k;
      const bottom = top + r.height * view.k;
      let { x, y } = view;
      if (left < 0) x -= left - 16;
      else if (right > width) x -= right - width + 16;
      if (top < 0) y -= top - 16;
      else if (bottom > height) y -= bottom - height + 16;
      if (x !== view.x || y !== view.y) {
        view = { ...view, x, y };
        apply();
      }
    },
    pan(dx, dy) {
      view = { ...view, x: view.x + dx, y: view.y + dy };
      apply();
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

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
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
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
