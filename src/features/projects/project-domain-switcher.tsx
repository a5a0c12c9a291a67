import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useProjects } from '../../api/projects';
import { paths } from '../../config/paths';
import { readLastProject, rememberLastProject } from './last-project';
import { scopeFromPath, type Section } from './route-scope';

/**
 * Project and domain selects in the shell. Moving through the options (arrow keys included) changes nothing;
 * "Switch" goes to the same list (workflows or executions) of the chosen scope, one history entry per switch
 * (WCAG 3.2.2). Visiting any project page records it as the last one for the picker.
 */
/** Where "Switch" lands for each list section. */
const SECTION_PATHS: Record<Section, (project: string, domain: string) => string> = {
  workflows: paths.workflows,
  executions: (project, domain) => paths.executions(project, domain),
  tasks: paths.tasks,
  launchPlans: paths.launchPlans,
};

export function ProjectDomainSwitcher() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const projects = useProjects();
  const projectId = useId();
  const domainId = useId();
  const fromRoute = scopeFromPath(pathname);
  const scope = fromRoute ?? readLastProject();
  const here = `${scope?.project ?? ''}/${scope?.domain ?? ''}`;
  // A choice not yet switched to; it belongs to the scope it was made in, so any navigation resets it.
  const [choice, setChoice] = useState<{ at: string; project: string; domain: string } | null>(null);
  const draft = choice?.at === here ? choice : { project: scope?.project ?? '', domain: scope?.domain ?? '' };
  const setDraft = (next: { project: string; domain: string }) => setChoice({ ...next, at: here });

  useEffect(() => {
    if (fromRoute) rememberLastProject({ project: fromRoute.project, domain: fromRoute.domain });
  }, [fromRoute?.project, fromRoute?.domain]); // eslint-disable-line react-hooks/exhaustive-deps

  const list = projects.data ?? [];
  const chosen = list.find((p) => p.id === draft.project);
  const domains = chosen?.domains ?? [];

  function onProject(project: string) {
    const next = list.find((p) => p.id === project);
    const keep = next?.domains.some((d) => d.id === draft.domain) ? draft.domain : next?.domains[0]?.id;
    setDraft({ project, domain: keep ?? '' });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !draft.domain) return;
    if (fromRoute && fromRoute.project === draft.project && fromRoute.domain === draft.domain) return;
    const section = fromRoute?.section ?? 'executions';
    const { project, domain } = draft;
    void navigate(SECTION_PATHS[section](project, domain));
  }

  if (projects.isError) return null;
  return (
    <form
      className="switcher"
      aria-label="Project and domain"
      aria-busy={projects.isPending}
      onSubmit={submit}
    >
      <label htmlFor={projectId}>Project</label>
      <select id={projectId} value={chosen?.id ?? ''} onChange={(e) => onProject(e.target.value)}>
        {!chosen && <option value="">{projects.isPending ? 'Loading…' : 'Choose…'}</option>}
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || p.id}
          </option>
        ))}
      </select>
      <label htmlFor={domainId}>Domain</label>
      <select
        id={domainId}
        value={chosen ? draft.domain : ''}
        disabled={!chosen}
        onChange={(e) => setDraft({ ...draft, domain: e.target.value })}
      >
        {!chosen && <option value="">—</option>}
        {domains.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name || d.id}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        Switch
      </button>
    </form>
  );
}
