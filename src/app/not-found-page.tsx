import { Link, useLocation } from 'react-router';
import { paths } from '../config/paths';
import { usePageTitle } from '../components/page-title';

export function NotFoundPage() {
  const location = useLocation();
  usePageTitle('Page not found');
  return (
    <section className="page-message" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is nothing at <code>/console{location.pathname}</code>.
      </p>
      <Link to={paths.home()}>Go to the project list</Link>
    </section>
  );
}
