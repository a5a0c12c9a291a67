import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSessionStatus } from '../session/auth-context';
import type { AuthServices } from '../types';
import { ModalDialog } from '../../components/modal-dialog';
import { consolePath, paths } from '../../config/paths';

/**
 * Modal "Session expired" dialog over the current screen. "Sign in again" uses a popup so nothing on the page is
 * lost (a redirect back to this same URL when popups are blocked); afterwards the failed queries run again.
 */
export function SessionExpiredDialog({ services }: { services: AuthServices }) {
  const status = useSessionStatus(services);
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = status.expired !== null;

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

  return (
    <ModalDialog
      role="alertdialog"
      title="Session expired"
      description="Your session has ended. Sign in again to continue; this page stays as it is."
    >
      {error && (
        <p role="alert" className="error-detail">
          Sign-in did not complete: {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={() => void signInAgain()} disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in again'}
        </button>
        <a href={consolePath(paths.logout())}>Sign out</a>
      </div>
    </ModalDialog>
  );
}
