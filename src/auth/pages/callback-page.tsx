import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useAuthServices } from '../session/auth-context';
import { completeSignIn, type CallbackProblem, type CallbackProblemKind } from '../sign-in/complete-sign-in';
import { toRouterPath } from '../sign-in/return-url';
import { TryAgainButton } from '../ui/try-again-button';
import { usePageTitle } from '../../components/page-title';

/** Server text is never shown bare: each detail says whose words it is. */
const DETAIL_CAPTION: Record<CallbackProblemKind, string> = {
  'idp-error': 'Error code and description sent by the sign-in server:',
  'missing-state': 'Why:',
  'unknown-state': 'Why:',
  issuer: 'Technical detail from the console’s checks:',
  token: 'Technical detail from the token request:',
  'token-check': 'Technical detail from the console’s token checks:',
};

/**
 * /console/callback: completes the code exchange once, then replaces this history entry with the URL the person
 * asked for (no code or state stays in the address bar or history). It never starts a sign-in by itself; a
 * failure shows what went wrong and a "Try again" button.
 */
export function CallbackPage({ preload }: { preload?: (routerPath: string) => void }) {
  const services = useAuthServices();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<CallbackProblem | null>(null);
  const [popupDone, setPopupDone] = useState(false);
  usePageTitle(problem ? 'Sign-in did not complete' : 'Signing in');

  useEffect(() => {
    if (!services) return;
    let live = true;
    const warm = preload && ((returnTo: string) => preload(toRouterPath(returnTo)));
    void completeSignIn(services, window.location.href, warm).then((outcome) => {
      if (!live) return;
      if (!outcome.ok) {
        setProblem(outcome.problem);
        void navigate('/callback', { replace: true }); // drop code and state from the address bar
      } else if ('popup' in outcome) setPopupDone(true);
      else void navigate(toRouterPath(outcome.returnTo), { replace: true });
    });
    return () => {
      live = false;
    };
  }, [services, navigate, preload]);

  if (!services) return <Navigate to="/" replace />;
  if (popupDone) {
    return (
      <main className="page-message">
        <p role="status">Signed in. You can close this window.</p>
      </main>
    );
  }
  if (!problem) {
    return (
      <main className="page-message">
        <p role="status" aria-live="polite">
          Completing sign-in…
        </p>
      </main>
    );
  }
  return (
    <main className="page-message" aria-labelledby="callback-error-title">
      <h1 id="callback-error-title">Sign-in did not complete</h1>
      <p role="alert">{problem.title}</p>
      <figure className="error-figure">
        <figcaption>{DETAIL_CAPTION[problem.kind]}</figcaption>
        <pre className="error-detail">{problem.detail}</pre>
      </figure>
      <TryAgainButton services={services} returnTo={problem.returnTo} />
    </main>
  );
}
