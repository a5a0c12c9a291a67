import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { consolePath, paths } from '../../config/paths';
import { useAuthServices, useSessionStatus } from '../session/auth-context';
import type { AuthServices } from '../types';
import { TryAgainButton } from '../ui/try-again-button';
import { usePageTitle } from '../../components/page-title';

/** /console/signed-out: where every sign-out lands; "Sign in again", and a hint when another tab signed in. */
export function SignedOutPage() {
  usePageTitle('Signed out');
  const services = useAuthServices();
  return (
    <main className="page-message" aria-labelledby="signed-out-title">
      <h1 id="signed-out-title">You are signed out</h1>
      {services ? (
        <SignInAgain services={services} />
      ) : (
        <Link to={paths.home()} className="button">
          Sign in again
        </Link>
      )}
    </main>
  );
}

function SignInAgain({ services }: { services: AuthServices }) {
  const status = useSessionStatus(services);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    if (!location.search) return;
    // The IdP's answer to end-session carries the `state` the console sent: completing it checks it and removes
    // the stored state. Whatever the outcome, the person is signed out here, and the parameters leave the URL.
    const answer = window.location.href;
    void navigate(paths.signedOut(), { replace: true });
    if (new URLSearchParams(location.search).has('state'))
      void services.userManager.signoutRedirectCallback(answer).catch(() => undefined);
  }, [location.search, navigate, services]);

  const continueHere = async () => {
    // Loading the shared user (localStorage) ends "signed out" by itself; with per-tab storage, sign in (the IdP
    // session from the other tab makes that quick).
    const user = await services.userManager.getUser(true);
    if (!user) return services.signIn(consolePath(paths.home()));
    await navigate(paths.home(), { replace: true });
  };

  return (
    <>
      <p>Your session in this browser tab has ended.</p>
      {status.signedInElsewhere ? (
        <div role="status">
          <p>You signed in again in another tab.</p>
          <button type="button" onClick={() => void continueHere()}>
            Continue in this tab
          </button>
        </div>
      ) : (
        <TryAgainButton services={services} returnTo={consolePath(paths.home())} label="Sign in again" />
      )}
    </>
  );
}
