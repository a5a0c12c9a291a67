import { useEffect, useState } from 'react';
import { Navigate, Outlet } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { paths } from '../../config/paths';
import { useAuthServices, useSessionStatus } from '../session/auth-context';
import type { AuthServices } from '../types';
import { currentReturnUrl } from './return-url';
import { TryAgainButton } from '../ui/try-again-button';

/**
 * The gate in front of every protected route: nothing below it renders (so no data request leaves) until the
 * session is known. Without a session it redirects to sign-in at once, carrying the exact URL in the sign-in
 * state; after a sign-out (here or in another tab) it goes to /console/signed-out instead.
 */
export function RequireSession() {
  const services = useAuthServices();
  return services ? <Gate services={services} /> : <Outlet />;
}

function Gate({ services }: { services: AuthServices }) {
  const auth = useAuth();
  const status = useSessionStatus(services);
  const [failure, setFailure] = useState<string | null>(null);
  const needsSignIn = !auth.isLoading && !auth.user && !status.signedOut;

  useEffect(() => {
    if (!needsSignIn) return;
    services.signIn(currentReturnUrl()).then(
      // Back here without signing in (back button from the sign-in page): offer it, do not bounce again.
      () => setFailure('The sign-in page was left before signing in.'),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, [needsSignIn, services]);

  if (status.signedOut) return <Navigate to={paths.signedOut()} replace />;
  if (auth.user) return <Outlet />;
  if (failure) {
    return (
      <main className="page-message" aria-labelledby="gate-error-title">
        <h1 id="gate-error-title">You are not signed in</h1>
        <pre className="error-detail">{failure}</pre>
        <TryAgainButton services={services} returnTo={currentReturnUrl()} />
      </main>
    );
  }
  return (
    <main className="page-message">
      <p role="status" aria-live="polite">
        {auth.isLoading ? 'Checking your session…' : 'Redirecting to sign-in…'}
      </p>
    </main>
  );
}
