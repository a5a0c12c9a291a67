import { Link } from 'react-router';
import { paths } from '../config/paths';

export interface Crumb {
  label: string;
  /** Omitted for the current page, which is announced with aria-current instead of being a link. */
  to?: string;
}

/**
 * The trail every page under a project carries: Projects › project › domain › section › page. Each crumb
 * is a router Link so navigation stays inside the app.
 */
export function Breadcrumbs({ project, domain, trail }: { project: string; domain: string; trail: Crumb[] }) {
  const crumbs: Crumb[] = [
    { label: 'Projects', to: paths.home() },
    { label: project, to: paths.projectHome(project) },
    { label: domain, to: paths.executions(project, domain) },
    ...trail,
  ];
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`}>
            {crumb.to && index < crumbs.length - 1 ? (
              <Link to={crumb.to}>{crumb.label}</Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
