import { NavLink } from 'react-router';
import { paths } from '../config/paths';

/** Tabs between the lists of a project/domain; NavLink marks the current one with aria-current. */
export function SectionNav({ project, domain }: { project: string; domain: string }) {
  return (
    <nav aria-label="Project sections" className="section-nav">
      <NavLink to={paths.workflows(project, domain)} end={false}>
        Workflows
      </NavLink>
      <NavLink to={paths.tasks(project, domain)} end={false}>
        Tasks
      </NavLink>
      <NavLink to={paths.launchPlans(project, domain)} end={false}>
        Launch plans
      </NavLink>
      <NavLink to={paths.executions(project, domain)} end={false}>
        Executions
      </NavLink>
    </nav>
  );
}
