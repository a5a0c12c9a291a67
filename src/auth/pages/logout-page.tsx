import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { consolePath, paths } from '../../config/paths';
import { useAuthServices } from '../session/auth-context';
import type { AuthServices } from '../types';
import { logout } from '../sign-out/logout';

/**
 * Router state that the console's own "Sign out" control puts on its navigation to /console/logout. Another site
 * (a link, an image, a form) can send a browser to that URL, but cannot set this state: without it the page asks.
 */
export const IN_APP_SIGN_OUT = { signOut: 'in-app' } as const;

function isInAppSignOut(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'signOut' in state && state.signOut === 'in-app';
}

/** /console/logout: signs out (see logout.ts) and lands on /console/signed-out, via the server when it can. */
export function LogoutPage() {
  const services = useAuthServices();
  const location = useLocation();
  const [confirmed, setConfirmed] = useState(() => isInAppSignOut(location.state));
  if (!services) return <Navigate to={paths.signedOut()} replace />;
  if (!confirmed) return <ConfirmSignOut onConfirm={() => setConfirmed(true)} />;
  return <SigningOut services={services} />;
}

/** Opened from outside the app (a link elsewhere, a typed URL): signing every tab out needs a click here. */
function ConfirmSignOut({ onConfirm }: { onConfirm: () => void }) {
  return (
    <main className="page-message" aria-labelledby="logout-confirm-title">
      <h1 id="logout-confirm-title">Sign out?</h1>
      <p>This signs you out of Flyte Console in every tab of this browser.</p>
      <p className="actions">
        <button type="button" onClick={onConfirm} autoFocus>
          Sign out
        </button>{' '}
        <Link to={paths.home()} className="button secondary">
          Stay signed in
        </Link>
      </p>
    </main>
  );
}

function SigningOut({ services }: { services: AuthServices }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const started = useRef(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    logout(services, queryClient)
      .then((how) => {
        if (how === 'local') void navigate(paths.signedOut(), { replace: true });
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [services, queryClient, navigate]);

  if (error) {
    return (
      <main className="page-message" aria-labelledby="logout-error-title">
        <h1 id="logout-error-title">Signed out here, but not at the sign-in server</h1>
        <p>The console forgot your session, but the sign-in server could not be told: {error}</p>
        <a href={consolePath(paths.signedOut())}>Continue</a>
      </main>
    );
  }
  return (
    <main className="page-message">
      <p role="status" aria-live="polite">
        Signing out…
      </p>
    </main>
  );
}
