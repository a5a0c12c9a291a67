/** Workflow execution phases in the order people think of them (the filter menu shows this order). */
export const EXECUTION_PHASES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDING',
  'SUCCEEDED',
  'FAILING',
  'FAILED',
  'ABORTING',
  'ABORTED',
  'TIMED_OUT',
  'UNDEFINED',
] as const;

/** Phases after which nothing changes any more: polling stops, Terminate is no longer offered. */
const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'SKIPPED', 'RECOVERED']);

export function isTerminalPhase(phase: string): boolean {
  return TERMINAL.has(phase);
}

/** How often to poll while something is still moving; a constant so tests and views agree. */
export const LIVE_INTERVAL_MS = 5_000;
