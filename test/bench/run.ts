import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ensureChromium } from '../e2e/chromium.ts';
import { DIST_DIR } from '../e2e/harness.ts';
import { measureBundle } from './bundle-size.ts';
import { benchSignIn } from './sign-in-bench.ts';
import { benchRenew } from './renew-bench.ts';
import { benchLargeList } from './large-list-bench.ts';
import { benchGraph } from './graph-bench.ts';
import { EXECUTION_PAGE } from './execution-link.ts';

/**
 * `npm run bench`: production build, then headless Chromium against the sandbox. Prints the figures and writes
 * them to bench-results/bench.json. Speed is measured here, never asserted in tests.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
process.env.CHROMIUM_PATH = ensureChromium();

const build = spawnSync('./node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
  process.stdout.write(`bench: ${name}… `);
  const started = performance.now();
  const result = await work();
  console.log(`${Math.round((performance.now() - started) / 1000)} s`);
  return result;
};

const report = {
  date: new Date().toISOString(),
  runs: RUNS,
  bundle: await step('bundle sizes', () => measureBundle(DIST_DIR)),
  signIn: await step('deep-link sign-in', () => benchSignIn(RUNS)),
  signInExecution: await step('deep-link sign-in, execution page', () => benchSignIn(RUNS, EXECUTION_PAGE)),
  renew: await step('silent renew', () => benchRenew()),
  largeList: await step('10,000-execution list', () => benchLargeList(RUNS)),
  graph: await step('1,000-node graph', () => benchGraph(RUNS)),
};

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
console.log('written to bench-results/bench.json');
