import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { consolePath, paths } from '../../config/paths';
import { useAuthServices } from '../session/auth-context';
import { logout } from '../sign-out/logout';

/** /console/logout: signs out (see logout.ts) and lands on /console/signed-out, via the IdP when it can. */
export function LogoutPage() {
  const services = useAuthServices();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const started = useRef(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!services || started.current) return;
    started.current = true;
    logout(services, queryClient)
      .then((how) => {
        if (how === 'local') navigate(paths.signedOut(), { replace: true });
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [services, queryClient, navigate]);

  if (!services) return <Navigate to={paths.signedOut()} replace />;
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
