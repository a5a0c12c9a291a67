import { useEffect, useState } from 'react';

/** "in 29 min 5 s" / "2 min ago": coarse enough to read, fine enough to watch a renewal happen. */
export function relativeTime(seconds: number): string {
  const abs = Math.abs(Math.round(seconds));
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const text = h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
  return seconds >= 0 ? `in ${text}` : `${text} ago`;
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * When the access token expires, counting down live; a renewal gives a new `expiresAt` (seconds since the epoch)
 * and the text follows. Not a live region: a ticking clock would flood a screen reader.
 */
export function TokenExpiry({ expiresAt }: { expiresAt: number | undefined }) {
  const now = useNow(1000);
  if (!expiresAt) return <>no session</>;
  const at = new Date(expiresAt * 1000);
  const left = expiresAt - now / 1000;
  return (
    <time dateTime={at.toISOString()} className="token-expiry">
      {left > 0 ? `expires ${relativeTime(left)}` : `expired ${relativeTime(left)}`} (
      {at.toLocaleTimeString()})
    </time>
  );
}
