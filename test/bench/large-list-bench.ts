import { launchBrowser, startStack } from '../e2e/harness.ts';
import { FIRST_EXECUTION_ROW } from './page-probe.ts';
import { spread, type Spread } from './stats.ts';

export interface LargeListReport {
  executions: number;
  msToFirstRows: Spread;
  rowsInDom: number;
  rowsLoadedAtEnd: number;
  scrollSeconds: number;
  frameMs: { p50: number; p95: number; max: number; frames: number };
}

interface ScrollResult {
  frames: number[];
  loaded: number;
  seconds: number;
}

/**
 * In the page: scroll the list's scroll container down one step per frame until the last row, timing frames.
 * A string, not a function: tsx's transform would add helpers the page does not have.
 */
const SCROLL_TO_END = `(async ({ total, maxMs }) => {
  const table = document.querySelector('main table');
  let box = table ? table.parentElement : null;
  while (box && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
  const scroller = box || document.scrollingElement || document.documentElement;
  const frames = [];
  const started = performance.now();
  return new Promise((resolve) => {
    let last = started;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      scroller.scrollTop += 600;
      // aria-rowcount is -1 while more pages exist, then the header row plus every execution.
      const loaded = Number(document.querySelector('main table')?.getAttribute('aria-rowcount') ?? 0) - 1;
      const lastRow = loaded === total && document.querySelector('main table tbody tr[aria-rowindex="' + (total + 1) + '"]');
      if (lastRow || now - started > maxMs) resolve({ frames: frames.slice(1), loaded, seconds: (now - started) / 1000 });
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
})`;

/** The 10,000-execution project with auth off, so only rendering and paging are measured. */
export async function benchLargeList(runs: number, executions = 10_000): Promise<LargeListReport> {
  const stack = await startStack({ auth: 'none', bigProjectExecutions: executions });
  const browser = await launchBrowser();
  const url = `${stack.consoleUrl}projects/scale/domains/development/executions`;
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator(FIRST_EXECUTION_ROW).first().waitFor();
      times.push(performance.now() - started);
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator(FIRST_EXECUTION_ROW).first().waitFor();
    const rowsInDom = await page.locator('main table tbody tr').count();
    const args = JSON.stringify({ total: executions, maxMs: 120_000 });
    const result = await page.evaluate<ScrollResult>(`${SCROLL_TO_END}(${args})`);
    const sorted = [...result.frames].sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
    await page.close();
    return {
      executions,
      msToFirstRows: spread(times),
      rowsInDom,
      rowsLoadedAtEnd: result.loaded,
      scrollSeconds: Math.round(result.seconds * 10) / 10,
      frameMs: { p50: at(0.5), p95: at(0.95), max: at(1), frames: sorted.length },
    };
  } finally {
    await browser.close();
    await stack.close();
  }
}
