import { Link, useParams } from 'react-router';
import { useTaskVersions } from '../../api/task-versions';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { Timestamp } from '../../components/timestamp';
import { VariableTable } from '../../components/variable-table';
import { fieldsOfTask } from './launch-fields';
import { LaunchForm } from './launch-form';
import { LaunchPanel } from './launch-panel';
import { NO_OPTIONS } from './launch-options';
import { RecentExecutionsSection } from './recent-executions-section';

/** One task (flyteconsole's /tasks/:name and /task/:name/version/:version): versions, interface, launch. */
export function TaskPage() {
  const { project = '', domain = '', name = '', version: pinned } = useParams();
  const versions = useTaskVersions({ project, domain, name });
  const task =
    versions.data?.find((t) => t.id.version === pinned) ?? (pinned ? undefined : versions.data?.[0]);
  usePageTitle(pinned ? `${name} ${pinned}` : name, 'Tasks', `${project}/${domain}`);
  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs
        project={project}
        domain={domain}
        trail={[{ label: 'Tasks', to: paths.tasks(project, domain) }, { label: name }]}
      />
      <h1 id="page-title">{name}</h1>
      {versions.isPending ? (
        <LoadingSkeleton label="Loading task" rows={4} />
      ) : versions.isError ? (
        <ErrorState
          title="The task could not be loaded."
          error={versions.error}
          onRetry={() => void versions.refetch()}
        />
      ) : !task ? (
        <EmptyState>No such task version.</EmptyState>
      ) : (
        <>
          <div className="page-launch">
            <LaunchPanel openLabel="Launch task" title={`Launch ${name}`}>
              <LaunchForm
                key={task.id.version}
                project={project}
                domain={domain}
                target={{ resourceType: 'TASK', project, domain, name, version: task.id.version }}
                fields={fieldsOfTask(task)}
                defaultOptions={NO_OPTIONS}
              />
            </LaunchPanel>
          </div>
          <h2>Interface of {task.id.version}</h2>
          <VariableTable
            caption="Inputs"
            variables={task.interface?.inputs ?? {}}
            empty="This task takes no inputs."
          />
          <h2>Versions</h2>
          <ul>
            {versions.data.map((t) => (
              <li key={t.id.version}>
                <Link
                  to={paths.taskVersion(project, domain, name, t.id.version)}
                  aria-current={t === task ? 'page' : undefined}
                >
                  {t.id.version}
                </Link>{' '}
                <Timestamp value={t.createdAt} />
              </li>
            ))}
          </ul>
          {/* A task runs through the launch plan flyteadmin generates for it (single_task_execution.go:170-177). */}
          <RecentExecutionsSection
            project={project}
            domain={domain}
            launchPlan={`.flytegen.${name}`}
            label={name}
          />
        </>
      )}
    </section>
  );
}
