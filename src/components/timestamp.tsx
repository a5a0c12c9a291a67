import { formatDateTime } from './format';

/** A machine-readable <time> with the local rendering; "—" when the admin has no value yet. */
export function Timestamp({ value, compact = false }: { value: string; compact?: boolean }) {
  if (!value) return <span aria-label="not yet">—</span>;
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value, { compact })}
    </time>
  );
}
