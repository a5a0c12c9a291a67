import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { measureBundle } from '../bench/bundle-size.ts';

/**
 * Bundle size is deterministic, so it is asserted here (speed is only measured, by `npm run bench`). test:e2e
 * builds dist/ once before the e2e files run; this file reads that build's manifest. Figures are kB gzip.
 */
const LOGIN_SHELL_CEILING = 120; // docs: the login shell's initial JavaScript, modulepreloads included
const BUDGET = {
  // Today's figures (see README, Performance) plus about 20 % headroom.
  loginShell: 31, // 25.7: config, discovery, oidc-client-ts; leaves for the IdP without React
  app: 140, // 116.2: React DOM, router, query cache, auth shell, layout
  silentCallback: 20, // 17.0
};
const ROUTE_BUDGET: Record<string, number> = {
  'features/projects/project-picker-page': 2, // 1.2
  'features/workflows/workflow-list-page': 5, // 3.9
  'app/workflow-route': 22, // 18.2: the workflow page with the launch form
  'features/executions/execution-list-page': 20.5, // 17.1
  // 40.6: facts, graph (elkjs runs in a worker loaded with the first graph, not counted here), inspector,
  // timeline, nodes table, and the relaunch/recover forms.
  'app/execution-route': 49,
  'features/launch/task-page': 15, // 12.6
  'features/launch/launch-plan-page': 18, // 15.0
  'auth/pages/auth-settings-page': 11, // 9.0
  'auth/diagnostics/discovery-error-settings': 9.5, // 7.9
};
/** A new view gets this until it is given its own line above. */
const NEW_ROUTE_BUDGET = 20;

const dist = resolve('dist');

describe('bundle budget', () => {
  if (!existsSync(resolve(dist, '.vite/manifest.json')))
    throw new Error('No build in dist/: run "npm run build".');
  const report = measureBundle(dist);

  it(`keeps the login shell's initial JavaScript within ${BUDGET.loginShell} kB gzip`, () => {
    const size = report.loginShell.js.gzip;
    assert.ok(size <= LOGIN_SHELL_CEILING, `login shell ${size} kB > ${LOGIN_SHELL_CEILING} kB`);
    assert.ok(size <= BUDGET.loginShell, `login shell ${size} kB > budget ${BUDGET.loginShell} kB`);
  });

  it('keeps the app and the silent-renew page within budget', () => {
    assert.ok(report.app.js.gzip <= BUDGET.app, `app ${report.app.js.gzip} kB > ${BUDGET.app} kB`);
    const silent = report.silentCallback.js.gzip;
    assert.ok(silent <= BUDGET.silentCallback, `silent callback ${silent} kB > ${BUDGET.silentCallback} kB`);
  });

  it('keeps each view within its own budget', () => {
    assert.ok(Object.keys(report.routes).length >= Object.keys(ROUTE_BUDGET).length, 'views are route-split');
    const over = Object.entries(report.routes)
      .map(([name, size]) => ({ name, size: size.js.gzip, budget: ROUTE_BUDGET[name] ?? NEW_ROUTE_BUDGET }))
      .filter((r) => r.size > r.budget)
      .map((r) => `${r.name}: ${r.size} kB > ${r.budget} kB`);
    assert.deepEqual(over, []);
  });
});
