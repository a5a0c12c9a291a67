import { useEffect, useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useProjects } from '../../api/projects';
import { paths } from '../../config/paths';
import { readLastProject, rememberLastProject } from './last-project';
import { scopeFromPath } from './route-scope';

/**
 * Project and domain selects in the shell. Changing either goes to the same list (workflows or executions)
 * of the new scope; visiting any project page records it as the last one for the picker.
 */
export function ProjectDomainSwitcher() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const projects = useProjects();
  const projectId = useId();
  const domainId = useId();
  const fromRoute = scopeFromPath(pathname);
  const scope = fromRoute ?? readLastProject();

  useEffect(() => {
    if (fromRoute) rememberLastProject({ project: fromRoute.project, domain: fromRoute.domain });
  }, [fromRoute?.project, fromRoute?.domain]); // eslint-disable-line react-hooks/exhaustive-deps

  const list = projects.data ?? [];
  const current = list.find((p) => p.id === scope?.project);
  const domains = current?.domains ?? [];

  function go(project: string, domain: string) {
    const section = fromRoute?.section ?? 'executions';
    void navigate(
      section === 'workflows' ? paths.workflows(project, domain) : paths.executions(project, domain),
    );
  }

  function onProject(project: string) {
    const next = list.find((p) => p.id === project);
    const keep = next?.domains.some((d) => d.id === scope?.domain) ? scope?.domain : next?.domains[0]?.id;
    if (next && keep) go(next.id, keep);
  }

  if (projects.isError) return null;
  return (
    <div className="switcher" aria-busy={projects.isPending}>
      <label htmlFor={projectId}>Project</label>
      <select id={projectId} value={current?.id ?? ''} onChange={(e) => onProject(e.target.value)}>
        {!current && <option value="">{projects.isPending ? 'Loading…' : 'Choose…'}</option>}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || p.id}
          </option>
        ))}
      </select>
      <label htmlFor={domainId}>Domain</label>
      <select
        id={domainId}
        value={current ? (scope?.domain ?? '') : ''}
        disabled={!current}
        onChange={(e) => current && go(current.id, e.target.value)}
      >
        {!current && <option value="">—</option>}
        {domains.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name || d.id}
          </option>
        ))}
      </select>
    </div>
  );
}
