import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generatedTemplate } from '../../../test/fixtures/graph-templates.ts';
import { graphOf } from '../../../test/unit/compiled-graph';
import { buildDag } from './build-dag';
import { DagCanvas } from './dag-canvas';
import { quickLayout } from './quick-layout';

/** The generated 1,000-node workflow as the console lays it out first. */
function bigLayout() {
  const layout = quickLayout(buildDag({ graph: graphOf(generatedTemplate()), expanded: new Set() }));
  if (!layout) throw new Error('no quick layout');
  return layout;
}

/** jsdom lays nothing out: the viewport gets the size of a laptop's graph panel. */
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const size = this.classList.contains('dag-viewport')
      ? { width: 1200, height: 600 }
      : { width: 0, height: 0 };
    return {
      ...size,
      x: 0,
      y: 0,
      left: 0,
      top: 0,
      right: size.width,
      bottom: size.height,
      toJSON: () => size,
    };
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const scaleOf = (layer: Element) =>
  Number(/scale\(([\d.]+)\)/.exec((layer as HTMLElement).style.transform)?.[1]);

describe('a graph too big to draw node by node', () => {
  it('fits 1,000 nodes as an overview: one element per phase colour, and one focusable node', () => {
    const { container } = render(<DagCanvas layout={bigLayout()} label="Graph of run r" />);
    const graph = screen.getByRole('group', { name: 'Graph of run r' });
    expect(container.querySelector('.dag-viewport')).toHaveAttribute('data-drawn', 'overview');
    expect(screen.getByText(/Zoomed out: nodes are boxes coloured by phase/)).toBeInTheDocument();
    // The node in the Tab order is always drawn, so Tab reaches the graph.
    expect(within(graph).getAllByRole('button')).toHaveLength(1);
    expect(within(graph).getByRole('button', { name: /^start node/ })).toHaveAttribute('tabindex', '0');
    expect(container.querySelectorAll('.dag-overview path').length).toBeLessThan(10);
    expect(container.querySelectorAll('path.dag-edge')).toHaveLength(0);
  });

  it('zooms in to a readable size on an arrow key and moves the focus; then draws only nodes near the view', async () => {
    const user = userEvent.setup();
    const { container } = render(<DagCanvas layout={bigLayout()} label="Graph of run r" />);
    const start = screen.getByRole('button', { name: /^start node/ });
    start.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^n\d+ /));
    await waitFor(() =>
      expect(container.querySelector('.dag-viewport')).toHaveAttribute('data-drawn', 'detail'),
    );
    expect(scaleOf(container.querySelector('.dag-layer') as Element)).toBe(1);
    const drawn = container.querySelectorAll('g.dag-node').length;
    expect(drawn).toBeGreaterThan(20);
    expect(drawn).toBeLessThan(300);
    // Every drawn node is a named button with its phase words, and edges near the view are drawn elements.
    expect(container.querySelectorAll('path.dag-edge').length).toBeGreaterThan(10);
  });

  it('opens the node whose box is clicked in the overview', () => {
    const layout = bigLayout();
    const onActivate = vi.fn();
    const { container } = render(
      <DagCanvas layout={layout} label="Graph of run r" onActivate={onActivate} />,
    );
    const layer = container.querySelector('.dag-layer') as HTMLElement;
    const [, tx = '0', ty = '0'] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(layer.style.transform) ?? [];
    const k = scaleOf(layer);
    const target = layout.nodes.find((n) => n.node.nodeId === 'n21');
    if (!target) throw new Error('no n21');
    const overview = container.querySelector('.dag-overview path.dag-overview-nodes') as Element;
    fireEvent.click(overview, {
      clientX: Number(tx) + (target.x + target.width / 2) * k,
      clientY: Number(ty) + (target.y + target.height / 2) * k,
    });
    expect(onActivate).toHaveBeenCalledWith('n21');
  });
  it('keeps the place of a person who moved before the final layout arrived; fits it otherwise', async () => {
    const user = userEvent.setup();
    const layout = bigLayout();
    const { container, rerender } = render(<DagCanvas layout={layout} source="quick" label="Graph" />);
    const layer = container.querySelector('.dag-layer') as Element;
    const fitted = scaleOf(layer);
    // elkjs' layout is wider than the quick one: fitted again, at a smaller scale.
    const wider = { ...layout, width: layout.width * 2 };
    rerender(<DagCanvas layout={wider} source="elk" label="Graph" />);
    expect(scaleOf(layer)).toBeLessThan(fitted);

    const { container: moved, rerender: again } = render(
      <DagCanvas layout={layout} source="quick" label="Graph 2" />,
    );
    within(moved)
      .getByRole('button', { name: /^start node/ })
      .focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(scaleOf(moved.querySelector('.dag-layer') as Element)).toBe(1));
    again(<DagCanvas layout={wider} source="elk" label="Graph 2" />);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(scaleOf(moved.querySelector('.dag-layer') as Element)).toBe(1);
  });
  it('goes to a node chosen outside the drawing (a summary or a link); one clicked in it stays where it is', async () => {
    const layout = bigLayout();
    const onActivate = vi.fn();
    const { container, rerender } = render(
      <DagCanvas layout={layout} label="Graph" onActivate={onActivate} />,
    );
    const layer = container.querySelector('.dag-layer') as HTMLElement;
    const fitted = scaleOf(layer);
    const [, tx = '0', ty = '0'] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(layer.style.transform) ?? [];
    const n21 = layout.nodes.find((n) => n.node.nodeId === 'n21')!;
    fireEvent.click(container.querySelector('.dag-overview path.dag-overview-nodes') as Element, {
      clientX: Number(tx) + (n21.x + n21.width / 2) * fitted,
      clientY: Number(ty) + (n21.y + n21.height / 2) * fitted,
    });
    rerender(<DagCanvas layout={layout} label="Graph" onActivate={onActivate} selectedKey="n21" />);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(scaleOf(layer)).toBe(fitted);

    rerender(<DagCanvas layout={layout} label="Graph" onActivate={onActivate} selectedKey="n777" />);
    await waitFor(() => expect(scaleOf(layer)).toBe(1));
    expect(screen.getByRole('button', { name: /^n777 / })).toBeInTheDocument();
  });
});
