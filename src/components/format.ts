/** Display helpers shared by the views; they never throw on odd server values. */

/** "0.4s", "12.3s", "3m 05s", "2h 03m" — seconds are what the admin's durations decode to. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m ${String(s).padStart(2, '0')}s`;
}

/** "512 B", "3.4 kB", "12.6 MB" (decimal units, as storage consoles show them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

// Building a formatter is the slow part of toLocaleString (a run's page shows dozens of times): built once.
const dateTimeFormats = new Map<boolean, Intl.DateTimeFormat>();
function dateTimeFormat(withYear: boolean): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(withYear);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      year: withYear ? 'numeric' : undefined,
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    dateTimeFormats.set(withYear, format);
  }
  return format;
}

/** Local date and time, or "—" for unset/unparseable timestamps (the admin sends null before a phase starts). */
export function formatDateTime(iso: string, options: { compact?: boolean } = {}): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Compact (table cells): the year only when it is not this year, so the time itself always fits.
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return dateTimeFormat(!(options.compact && sameYear)).format(date);
}

/** "TIMED_OUT" -> "Timed out". */
export function formatEnum(value: string): string {
  if (!value) return '—';
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Only http(s) URIs may become links; s3://, gs:// or javascript: stay text. */
export function isWebUrl(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** "1 workflow", "2 workflows", "20+ executions" (more is known to exist). */
export function countOf(count: number, singular: string, plural = `${singular}s`, more = false): string {
  return `${count}${more ? '+' : ''} ${count === 1 && !more ? singular : plural}`;
}
