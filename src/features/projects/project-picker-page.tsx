import { Link, useSearchParams } from 'react-router';
import { useProjects } from '../../api/projects';
import { paths } from '../../config/paths';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { readLastProject } from './last-project';
import { usePageTitle } from '../../components/page-title';

/** Home: pick a project and domain, or continue where you left off. `?project=` narrows to one project. */
export function ProjectPickerPage() {
  const [search] = useSearchParams();
  const only = search.get('project');
  const projects = useProjects();
  const last = readLastProject();
  const shown = (projects.data ?? []).filter((p) => !only || p.id === only);
  usePageTitle(only ? `Project ${only}` : 'Projects');

  return (
    <section aria-labelledby="page-title" className="picker">
      <h1 id="page-title">{only ? `Project ${only}` : 'Projects'}</h1>
      {last && !only && (
        <p className="continue">
          <Link className="button" to={paths.executions(last.project, last.domain)}>
            Continue with {last.project} / {last.domain}
          </Link>
        </p>
      )}
      {only && (
        <p>
          <Link to={paths.home()}>Show all projects</Link>
        </p>
      )}
      {projects.isPending ? (
        <LoadingSkeleton label="Loading projects" />
      ) : projects.isError ? (
        <ErrorState
          title="Projects could not be loaded."
          error={projects.error}
          onRetry={() => void projects.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState>{only ? `There is no project "${only}".` : 'No projects are registered yet.'}</EmptyState>
      ) : (
        <ul className="project-list">
          {shown.map((project) => (
            <li key={project.id} className="project-card">
              <h2>{project.name || project.id}</h2>
              {project.description && <p className="muted">{project.description}</p>}
              <ul className="domain-links" aria-label={`Domains of ${project.name || project.id}`}>
                {project.domains.map((domain) => (
                  <li key={domain.id}>
                    <Link to={paths.executions(project.id, domain.id)}>{domain.name || domain.id}</Link>{' '}
                    <Link
                      className="secondary-link"
                      to={paths.workflows(project.id, domain.id)}
                      aria-label={`Workflows in ${project.id} / ${domain.id}`}
                    >
                      workflows
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
