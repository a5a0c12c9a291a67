import { matchPath } from 'react-router';
import type { ProjectScope } from './last-project';

export type Section = 'workflows' | 'executions' | 'tasks' | 'launchPlans';

/** Path segments of each list section; a task or launch plan (and its version routes) keeps its list. */
const SECTIONS: Record<string, Section> = {
  workflows: 'workflows',
  tasks: 'tasks',
  task: 'tasks',
  launchPlans: 'launchPlans',
  launch_plan: 'launchPlans',
};

/**
 * The project/domain (and list section) of the current location. The switcher lives in the layout, above the
 * matched route, so it reads them from the path rather than from useParams.
 */
export function scopeFromPath(pathname: string): (ProjectScope & { section: Section }) | null {
  const match = matchPath('/projects/:project/domains/:domain/:section/*', pathname);
  const { project, domain, section } = match?.params ?? {};
  if (!project || !domain) return null;
  return { project, domain, section: (section && SECTIONS[section]) || 'executions' };
}
