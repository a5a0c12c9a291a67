import { Link, Outlet } from 'react-router';
import { paths } from '../config/paths';
import { UserMenu } from './user-menu';
import { ProjectDomainSwitcher } from '../features/projects/project-domain-switcher';
import { useFocusRescue } from '../components/use-focus-rescue';
import { RouteAnnouncer } from './route-announcer';

export function Layout() {
  useFocusRescue();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to={paths.home()} className="brand">
          Flyte Console
        </Link>
        <div className="topbar-slot" id="topbar-slot">
          <ProjectDomainSwitcher />
        </div>
        <UserMenu />
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <RouteAnnouncer />
    </div>
  );
}
