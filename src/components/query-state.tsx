import type { ReactNode } from 'react';
import { describeApiError } from '../api/api-error';

/** Placeholder bars while data loads; announced once as a status, the bars themselves are decorative. */
export function LoadingSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-bar" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Says what failed in a person's words and offers a retry; role=alert so screen readers hear it at once. */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div className="error-state" role="alert">
      <p className="error-title">{title}</p>
      <p className="error-text">{describeApiError(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
