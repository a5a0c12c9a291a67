import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DIST_DIR, launchBrowser, startStack } from '../e2e/harness.ts';
import { probePage } from './page-probe.ts';
import { kb, spread, type Spread } from './stats.ts';

export interface GraphReport {
  nodes: number;
  /**
   * From navigation start to the first frame painted with the graph drawn (config, data, first layout, drawing and
   * paint), read in the page. The whole 1,000-node graph is in view, so it is drawn as the overview.
   */
  msToDrawnGraph: Spread;
  /** From navigation to elkjs' layout replacing the quick first drawing. */
  msToFinalLayout: Spread;
  /** Frame times while dragging and wheel-zooming: the whole graph fitted (overview), and at natural size. */
  panZoomFrameMs: { overview: Frames; detail: Frames };
  /** Admin requests per minute while a run is live and its graph is shown: 1,000 nodes, and a run of a few. */
  requestsPerMinute: { nodes1000: number; smallRun: number; smallRunNodes: number };
  jsHeapMb: number;
  /** Elements in the page with the graph fitted, and at natural size (nodes near the view drawn). */
  domElements: { overview: number; detail: number };
  /** The layout engine: elk-api (loaded with the graph) and its worker script (kB gzip). */
  layoutEngineKb: { api: number; worker: number };
}

interface Frames {
  p50: number;
  p95: number;
  max: number;
  frames: number;
}

const ADMIN_HEADERS = { Accept: 'application/json' };

export async function findRun(
  adminUrl: string,
  filters: string,
  accept: (workflow: string) => boolean = () => true,
  token = '',
  oldest = false,
): Promise<string> {
  const url = new URL(`${adminUrl}/api/v1/executions/flytesnacks/development`);
  url.searchParams.set('limit', '50');
  url.searchParams.set('filters', filters);
  const headers = token ? { ...ADMIN_HEADERS, 'flyte-authorization': `Bearer ${token}` } : ADMIN_HEADERS;
  const body = (await (await fetch(url, { headers })).json()) as {
    executions: { id: { name: string }; closure: { workflow_id: { name: string } | null } }[];
  };
  const matches = body.executions.filter((e) => accept(e.closure.workflow_id?.name ?? ''));
  const name = (oldest ? matches.at(-1) : matches[0])?.id.name;
  if (!name) throw new Error(`no execution matches ${filters}`);
  return name;
}

/** The graph drawn and painted: the time (ms since navigation start, in the page) of the frame after. */
async function paintedGraph(page: Page): Promise<number> {
  await page.waitForFunction(
    `(() => { const v = document.querySelector('.dag-viewport'); return v && v.dataset.drawn && v.dataset.drawn !== 'pending'; })()`,
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate<number>(
    'new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))',
  );
}

const elkLayout = (page: Page) =>
  page.locator('.dag-viewport[data-layout="elk"]').waitFor({ timeout: 120_000 });

/** rAF deltas collected in the page while playwright drags and wheels with real input events. */
async function panZoomFrames(page: Page): Promise<Frames> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = await page.locator('.dag-viewport').boundingBox();
  if (!box) throw new Error('no graph viewport');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let round = 0; round < 3; round += 1) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 300, cy - 120, { steps: 40 });
    await page.mouse.move(cx + 200, cy + 100, { steps: 40 });
    await page.mouse.up();
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, i < 5 ? -120 : 120);
  }
  const all = await page.evaluate<number[]>('(() => { window.__stop = true; return window.__frames; })()');
  const frames = all.slice(1).sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), max: at(1), frames: frames.length };
}

/** From the fitted whole graph to natural size at the viewport's centre, by wheel, then settled. */
async function zoomToNaturalSize(page: Page): Promise<void> {
  const box = await page.locator('.dag-viewport').boundingBox();
  if (!box) throw new Error('no graph viewport');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scale = () =>
    page.evaluate<number>(
      `new DOMMatrix(getComputedStyle(document.querySelector('.dag-layer')).transform).a`,
    );
  for (let i = 0; i < 40 && (await scale()) < 1; i += 1) await page.mouse.wheel(0, -120);
  await page.locator('.dag-viewport[data-drawn="detail"]').waitFor();
  await page.waitForTimeout(500);
}

async function requestsPerMinute(page: Page, url: string, seconds: number): Promise<number> {
  const probe = probePage(page);
  await page.goto(url);
  await paintedGraph(page);
  await page.locator('g.dag-node').first().waitFor();
  probe.reset();
  await page.waitForTimeout(seconds * 1000);
  return Math.round((probe.dataRequests() * 60) / seconds);
}

function engineSize(): { api: number; worker: number } {
  const assets = readdirSync(join(DIST_DIR, 'assets'));
  const gz = (prefix: string) =>
    assets
      .filter((f) => f.startsWith(prefix) && f.endsWith('.js'))
      .map((f) => gzipSync(readFileSync(join(DIST_DIR, 'assets', f)), { level: 9 }).length)
      .reduce((a, b) => Math.max(a, b), 0);
  return { api: kb(gz('elk-api')), worker: kb(gz('elk-worker')) };
}

/** The generated 1,000-node workflow's live run, auth off so only the graph's own work is measured. */
export async function benchGraph(runs: number, liveSeconds = 30): Promise<GraphReport> {
  const stack = await startStack({ auth: 'none', bigProjectExecutions: 200 });
  const browser = await launchBrowser();
  try {
    const admin = stack.sandbox.adminUrl;
    const big = await findRun(admin, 'eq(workflow.name,core.graphs.generated.big_wf)+eq(phase,RUNNING)');
    // The oldest running run: the seed's newest ones finish within minutes, the showcase one runs for hours.
    const small = await findRun(admin, 'eq(phase,RUNNING)', (wf) => !wf.includes('.graphs.'), '', true);
    const link = (name: string) =>
      `${stack.consoleUrl}projects/flytesnacks/domains/development/executions/${name}`;
    const times: number[] = [];
    const finals: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(link(big), { waitUntil: 'commit' });
      times.push(await paintedGraph(page));
      await elkLayout(page);
      finals.push(performance.now() - started);
      await page.close();
    }

    const page = await browser.newPage();
    await page.goto(link(big));
    await elkLayout(page);
    await paintedGraph(page);
    const overview = await panZoomFrames(page);
    await page.getByRole('button', { name: 'Fit' }).click();
    const overviewElements = await page.evaluate<number>('document.getElementsByTagName("*").length');
    await zoomToNaturalSize(page);
    const detailElements = await page.evaluate<number>('document.getElementsByTagName("*").length');
    const detail = await panZoomFrames(page);
    const jsHeap = await page.evaluate<number>('performance.memory ? performance.memory.usedJSHeapSize : 0');
    await page.close();

    const bigPage = await browser.newPage();
    const perMinuteBig = await requestsPerMinute(bigPage, link(big), liveSeconds);
    await bigPage.close();
    const smallPage = await browser.newPage();
    const perMinuteSmall = await requestsPerMinute(smallPage, link(small), liveSeconds);
    const smallNodes = await smallPage.evaluate<number>('document.querySelectorAll("g.dag-node").length');
    await smallPage.close();

    return {
      nodes: 1000,
      msToDrawnGraph: spread(times),
      msToFinalLayout: spread(finals),
      panZoomFrameMs: { overview, detail },
      requestsPerMinute: { nodes1000: perMinuteBig, smallRun: perMinuteSmall, smallRunNodes: smallNodes - 2 },
      jsHeapMb: Math.round((jsHeap / 1024 / 1024) * 10) / 10,
      domElements: { overview: overviewElements, detail: detailElements },
      layoutEngineKb: engineSize(),
    };
  } finally {
    await browser.close();
    await stack.close();
  }
}
