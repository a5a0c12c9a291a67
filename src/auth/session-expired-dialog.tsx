import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSessionStatus } from './auth-context';
import type { AuthServices } from './auth-services';

/**
 * Modal "Session expired" dialog over the current screen. "Sign in again" uses a popup so nothing on the page is
 * lost (a redirect back to this same URL when popups are blocked); afterwards the failed queries run again.
 */
export function SessionExpiredDialog({ services }: { services: AuthServices }) {
  const status = useSessionStatus(services);
  const queryClient = useQueryClient();
  const primary = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = status.expired !== null;

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    primary.current?.focus();
    return () => previous?.focus();
  }, [open]);

  if (!open) return null;

  const signInAgain = async () => {
    setBusy(true);
    setError(null);
    try {
      await services.reauthenticate();
      await queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  // Keep Tab inside the dialog.
  const trapFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return;
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button, a[href]'));
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="session-expired-title"
        aria-describedby="session-expired-text"
        onKeyDown={trapFocus}
      >
        <h2 id="session-expired-title">Session expired</h2>
        <p id="session-expired-text">
          Your session has ended. Sign in again to continue; this page stays as it is.
        </p>
        {error && (
          <p role="alert" className="error-detail">
            Sign-in did not complete: {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" ref={primary} onClick={() => void signInAgain()} disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in again'}
          </button>
          <a href="/console/logout">Sign out</a>
        </div>
      </div>
    </div>
  );
}
