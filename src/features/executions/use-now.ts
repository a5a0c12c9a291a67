import { useEffect, useState } from 'react';

/** The clock for running durations: ticks every second while `live`, stands still otherwise. */
export function useNow(live: boolean, everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [live, everyMs]);
  return now;
}
