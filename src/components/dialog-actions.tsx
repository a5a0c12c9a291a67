import type { ReactNode } from 'react';
import { describeApiError } from '../api/api-error';

/**
 * The foot of a confirmation dialog: why the last try failed (an alert, so it is announced), then Cancel and the
 * dialog's own confirming button.
 */
export function DialogActions({
  error,
  onCancel,
  children,
}: {
  /** The failed mutation's error, or null. */
  error: unknown;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {error != null && (
        <p role="alert" className="form-error">
          {describeApiError(error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        {children}
      </div>
    </>
  );
}
