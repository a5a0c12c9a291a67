import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DIST_DIR, launchBrowser, startStack } from '../e2e/harness.ts';
import { probePage } from './page-probe.ts';
import { kb, spread, type Spread } from './stats.ts';

export interface GraphReport {
  nodes: number;
  /** From navigation to every node of the 1,000-node graph drawn (config, data, first layout and drawing). */
  msToDrawnGraph: Spread;
  /** From navigation to elkjs' layout replacing the quick first drawing. */
  msToFinalLayout: Spread;
  /** Frame times while dragging and wheel-zooming the drawn graph. */
  panZoomFrameMs: { p50: number; p95: number; max: number; frames: number };
  /** Admin requests per minute while a run is live and its graph is shown: 1,000 nodes, and a run of a few. */
  requestsPerMinute: { nodes1000: number; smallRun: number; smallRunNodes: number };
  jsHeapMb: number;
  domElements: number;
  /** The layout engine: elk-api (loaded with the graph) and its worker script (kB gzip). */
  layoutEngineKb: { api: number; worker: number };
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

const drawn = (page: Page, count: number) =>
  page.waitForFunction(`document.querySelectorAll('g.dag-node').length >= ${count}`, undefined, {
    timeout: 60_000,
  });

/** rAF deltas collected in the page while playwright drags and wheels with real input events. */
async function panZoomFrames(page: Page): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__frames = [];
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
  const frames = await page.evaluate<number[]>('(() => { window.__stop = true; return window.__frames; })()');
  return frames.slice(1);
}

async function requestsPerMinute(page: Page, url: string, nodes: number, seconds: number): Promise<number> {
  const probe = probePage(page);
  await page.goto(url);
  await drawn(page, nodes);
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
    const NODES = 1002; // 1,000 tasks plus start and end

    const times: number[] = [];
    const finals: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(link(big), { waitUntil: 'commit' });
      await drawn(page, NODES);
      times.push(performance.now() - started);
      await page.locator('.dag-viewport[data-layout="elk"]').waitFor({ timeout: 120_000 });
      finals.push(performance.now() - started);
      await page.close();
    }

    const page = await browser.newPage();
    await page.goto(link(big));
    await page.locator('.dag-viewport[data-layout="elk"]').waitFor({ timeout: 120_000 });
    await drawn(page, NODES);
    const frames = (await panZoomFrames(page)).sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round((frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0) * 10) / 10;
    const jsHeap = await page.evaluate<number>('performance.memory ? performance.memory.usedJSHeapSize : 0');
    const domElements = await page.evaluate<number>('document.getElementsByTagName("*").length');
    await page.close();

    const bigPage = await browser.newPage();
    const perMinuteBig = await requestsPerMinute(bigPage, link(big), NODES, liveSeconds);
    await bigPage.close();
    const smallPage = await browser.newPage();
    const perMinuteSmall = await requestsPerMinute(smallPage, link(small), 3, liveSeconds);
    const smallNodes = await smallPage.evaluate<number>('document.querySelectorAll("g.dag-node").length');
    await smallPage.close();

    return {
      nodes: 1000,
      msToDrawnGraph: spread(times),
      msToFinalLayout: spread(finals),
      panZoomFrameMs: { p50: at(0.5), p95: at(0.95), max: at(1), frames: frames.length },
      requestsPerMinute: { nodes1000: perMinuteBig, smallRun: perMinuteSmall, smallRunNodes: smallNodes - 2 },
      jsHeapMb: Math.round((jsHeap / 1024 / 1024) * 10) / 10,
      domElements,
      layoutEngineKb: engineSize(),
    };
  } finally {
    await browser.close();
    await stack.close();
  }
}
