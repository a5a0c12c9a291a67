import type { RefObject } from 'react';
import type { Rect, Size, View } from './dag-window';

export interface PanZoom {
  zoomAt(factor: number, px?: number, py?: number): void;
  fit(size: Size): void;
  /** Pans just enough to show `r`; below `minScale`, zooms in to `scale` around its centre. */
  reveal(r: Rect, minScale?: number, scale?: number): void;
  current(): View;
  /** The viewport's size, kept by a ResizeObserver (null while unmeasured). */
  size(): Size | null;
  /** Called once per frame in which the view or the viewport's size changed. */
  subscribe(listener: () => void): () => void;
  /** Whether the person has moved the view since the last fit. */
  moved(): boolean;
  /** A point of the page in the drawing's coordinates. */
  toDrawing(clientX: number, clientY: number): { x: number; y: number };
}

/** What the viewport's own listeners drive besides the public view controls. */
export interface PanZoomControl extends PanZoom {
  pan(dx: number, dy: number): void;
  resized(size: Size): void;
  cancel(): void;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 2.5;
const clamp = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/**
 * Pan, zoom and fit for a layer inside a viewport. The view is plain state outside React, written straight to
 * the layer's CSS transform once per frame: the drawing is never re-rendered while it moves, and the browser only
 * composites the layer. Listeners (the drawn window) hear about the view in the same frame.
 */
export function createPanZoom(
  viewport: RefObject<HTMLDivElement | null>,
  layer: RefObject<HTMLDivElement | null>,
): PanZoomControl {
  let view: View = { x: 0, y: 0, k: 1 };
  let measured: Size | null = null;
  let moved = false;
  let frame = 0;
  const listeners = new Set<() => void>();
  const write = () => {
    if (layer.current) layer.current.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
  };
  const apply = (byPerson = true) => {
    moved ||= byPerson;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      write();
      for (const listener of listeners) listener();
    });
  };
  const box = (): Size => {
    if (!measured && viewport.current) {
      const { width, height } = viewport.current.getBoundingClientRect();
      measured = { width, height };
    }
    return measured ?? { width: 0, height: 0 };
  };
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
      // Written now: a fit comes from a layout effect, and the first painted frame must show it.
      write();
      moved = false;
      apply(false);
    },
    reveal(r, minScale = 0, scale = minScale) {
      const { width, height } = box();
      if (view.k < minScale) {
        const k = clamp(scale);
        view = { k, x: width / 2 - (r.x + r.width / 2) * k, y: height / 2 - (r.y + r.height / 2) * k };
        apply();
        return;
      }
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
    current: () => view,
    moved: () => moved,
    size: () => {
      const size = box();
      return size.width === 0 ? null : size;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toDrawing(clientX, clientY) {
      const origin = viewport.current?.getBoundingClientRect() ?? { left: 0, top: 0 };
      return { x: (clientX - origin.left - view.x) / view.k, y: (clientY - origin.top - view.y) / view.k };
    },
    resized(size) {
      measured = size;
      apply(false);
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
