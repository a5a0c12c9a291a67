import { isRouteErrorResponse, useRouteError } from 'react-router';
import { describeApiError } from '../api/api-error';

/** Route-level error boundary: says what failed and offers a reload instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeApiError(error);
  return (
    <section className="page-message" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong</h1>
      <p>This page failed to load:</p>
      <pre className="error-detail">{detail}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </section>
  );
}
