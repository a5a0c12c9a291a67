import { after, before } from 'node:test';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { startStack, type Stack, type StackOptions } from './stack.ts';

interface Closable {
  close(): Promise<void>;
}

/**
 * Fixtures for the enclosing describe, started together in before() (the setup then costs the slowest one, not
 * their sum) and closed in after(). Read the fields inside tests and later hooks: earlier they throw rather than
 * hand out undefined.
 */
export function useFixtures<T extends Record<string, Closable>>(starters: {
  [K in keyof T]: () => Promise<T[K]>;
}): Readonly<T> {
  const keys = Object.keys(starters) as (keyof T & string)[];
  const started: Partial<T> = {};
  before(async () => {
    // Settled, not all: after() must see every fixture that did start, even when another one failed.
    const results = await Promise.allSettled(
      keys.map(async (key) => {
        started[key] = await starters[key]();
      }),
    );
    for (const result of results) if (result.status === 'rejected') throw result.reason;
  });
  after(async () => {
    const running: Closable[] = keys.map((key) => started[key]).filter((fixture) => fixture !== undefined);
    await Promise.all(running.map((fixture) => fixture.close()));
  });
  const fixtures = {} as T;
  for (const key of keys) {
    Object.defineProperty(fixtures, key, {
      enumerable: true,
      get: () => {
        const value = started[key];
        if (value === undefined) throw new Error(`e2e fixture "${key}" is read before its before() hook ran`);
        return value;
      },
    });
  }
  return fixtures;
}

/** The common case: a stack and one fresh browser for the describe. */
export function useStack(options: StackOptions): Readonly<{ stack: Stack; browser: TestBrowser }> {
  return useFixtures({ stack: () => startStack(options), browser: launchBrowser });
}

/** For a fixture one test needs alone: closed however `body` ends. */
export async function withFixture<T extends Closable>(
  start: Promise<T>,
  body: (fixture: T) => Promise<void>,
): Promise<void> {
  const fixture = await start;
  try {
    await body(fixture);
  } finally {
    await fixture.close();
  }
}
