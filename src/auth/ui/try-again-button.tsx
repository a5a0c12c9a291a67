import { useState } from 'react';
import type { AuthServices } from '../types';

/** Starts a fresh sign-in that lands on `returnTo`; reports a failure to even start instead of looping. */
export function TryAgainButton({
  services,
  returnTo,
  label = 'Try again',
}: {
  services: AuthServices;
  returnTo: string;
  label?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    setBusy(true);
    setError(null);
    services.signIn(returnTo).catch((failure: unknown) => {
      setBusy(false);
      setError(failure instanceof Error ? failure.message : String(failure));
    });
  };
  return (
    <>
      <button type="button" onClick={start} disabled={busy}>
        {busy ? 'Redirecting to sign-in…' : label}
      </button>
      {error && (
        <p role="alert" className="error-detail">
          Could not start the sign-in: {error}
        </p>
      )}
    </>
  );
}
