import { fail, ok, primitive, primitiveOf, type Conversion, type Literal } from './literal-json';

const H = 3_600_000_000_000n;
const M = 60_000_000_000n;
const S = 1_000_000_000n;
const UNIT_NS: Record<string, bigint> = {
  h: H,
  m: M,
  s: S,
  ms: 1_000_000n,
  us: 1_000n,
  µs: 1_000n,
  ns: 1n,
};

/** "1h30m", "90s", "1.5s", "250ms" (Go's time.ParseDuration form, which flytectl uses too). */
function goDurationNs(text: string): bigint | null {
  const parts = /^([+-]?)((?:\d+(?:\.\d+)?(?:h|ms|us|µs|ns|m|s))+)$/.exec(text);
  if (!parts) return null;
  let total = 0n;
  for (const m of (parts[2] ?? '').matchAll(/(\d+)(?:\.(\d+))?(h|ms|us|µs|ns|m|s)/g)) {
    const unit = UNIT_NS[m[3] ?? ''] ?? 0n;
    const fraction = m[2] ?? '';
    total += BigInt(m[1] ?? '0') * unit + (BigInt(fraction || '0') * unit) / 10n ** BigInt(fraction.length);
  }
  return parts[1] === '-' ? -total : total;
}

/** ISO 8601 "PT1H30M", "PT0.5S" (no calendar units: their length is not fixed). */
function isoDurationNs(text: string): bigint | null {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,9}))?S)?$/i.exec(text);
  if (!m || text.length <= 2) return null;
  const [h, min, s, f = ''] = [m[1] ?? '0', m[2] ?? '0', m[3] ?? '0', m[4]];
  return BigInt(h) * H + BigInt(min) * M + BigInt(s) * S + BigInt(f.padEnd(9, '0') || '0');
}

/** google.protobuf.Duration in JSON: seconds with up to nine fractional digits and an "s" ("5400s", "1.5s"). */
function protoDuration(ns: bigint): string {
  const sign = ns < 0n ? '-' : '';
  const abs = ns < 0n ? -ns : ns;
  const seconds = abs / S;
  const fraction = (abs % S).toString().padStart(9, '0').replace(/0+$/, '');
  return `${sign}${seconds}${fraction ? `.${fraction}` : ''}s`;
}

export function parseDuration(text: string): Conversion {
  const t = text.trim();
  const ns = goDurationNs(t) ?? isoDurationNs(t);
  if (ns === null) return fail('Enter a duration like 90s, 1h30m, 250ms or PT1H30M.');
  return ok(primitive({ duration: protoDuration(ns) }));
}

/** A proto duration ("5400s") back as the short form a person types ("1h30m"). */
export function formatDuration(literal: Literal): string | null {
  const value = primitiveOf(literal)?.duration;
  if (typeof value !== 'string') return null;
  const ns = goDurationNs(value);
  if (ns === null) return value;
  const sign = ns < 0n ? '-' : '';
  let rest = ns < 0n ? -ns : ns;
  const hours = rest / H;
  rest %= H;
  const minutes = rest / M;
  rest %= M;
  const secs = protoDuration(rest);
  const parts = [
    hours ? `${hours}h` : '',
    minutes ? `${minutes}m` : '',
    rest || (!hours && !minutes) ? secs : '',
  ];
  return sign + parts.join('');
}
