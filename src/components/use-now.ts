import { useSyncExternalStore } from 'react';

/**
 * One shared second-clock for every ticking value on screen: a single interval runs while at least one
 * component listens and stops with the last one, so a page of running rows costs one timer, not one per row.
 */
const TICK_MS = 1_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const read = () => now;

/** The current time in ms, updated every second while `active`; without a timer (and stale) otherwise. */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : noSubscribe, read, read);
}

const noSubscribe = () => () => undefined;
