import { lazy, Suspense, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useWorkflowVersions } from '../../api/workflow-versions';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { SectionNav } from '../../components/section-nav';
import { RecentExecutions } from '../../components/recent-executions';
import { WorkflowInterface } from './workflow-interface';
import { WorkflowLaunchPlans } from './workflow-launch-plans';
import { WorkflowVersions } from './workflow-versions';
import { usePageTitle } from '../../components/page-title';
import { LoadingSkeleton } from '../../components/query-state';

// The graph (and the layout engine's client) loads only when the page shows a version: the route stays small.
const WorkflowGraph = lazy(() => import('./workflow-graph').then((m) => ({ default: m.WorkflowGraph })));

/**
 * One workflow: its versions, the interface of the chosen (default: newest) version, recent executions.
 * `launch` is composed in by the app (the launch feature).
 */
export function WorkflowPage({ launch }: { launch?: ReactNode }) {
  const { project = '', domain = '', name = '', version: pinned } = useParams();
  const [search] = useSearchParams();
  // Shares the versions query with WorkflowVersions (same factory, same key): one request for both.
  const versions = useWorkflowVersions({ project, domain, name });
  const newest = versions.data?.pages[0]?.items[0]?.id.version ?? '';
  // flyteconsole's /workflow/:name/version/:version pins the version in the path.
  const version = search.get('version') ?? pinned ?? newest;
  const noVersions = versions.isSuccess && newest === '';
  usePageTitle(name, 'Workflows', `${project}/${domain}`);

  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs
        project={project}
        domain={domain}
        trail={[{ label: 'Workflows', to: paths.workflows(project, domain) }, { label: name }]}
      />
      <SectionNav project={project} domain={domain} />
      <h1 id="page-title">{name}</h1>
      {launch && <div className="page-launch">{launch}</div>}
      <div className="two-column">
        <section aria-labelledby="versions-title">
          <h2 id="versions-title">Versions</h2>
          <WorkflowVersions project={project} domain={domain} name={name} selected={version} />
        </section>
        {!noVersions && (
          <section aria-labelledby="interface-title">
            <h2 id="interface-title">Interface{version ? ` of ${version}` : ''}</h2>
            {versions.isError && !version ? null : (
              <WorkflowInterface project={project} domain={domain} name={name} version={version} />
            )}
          </section>
        )}
      </div>
      {!noVersions && (
        <section aria-labelledby="graph-title">
          <h2 id="graph-title">Graph{version ? ` of ${version}` : ''}</h2>
          <Suspense fallback={<LoadingSkeleton label="Loading the graph" rows={3} />}>
            <WorkflowGraph project={project} domain={domain} name={name} version={version} />
          </Suspense>
        </section>
      )}
      <section aria-labelledby="launch-plans-title">
        <h2 id="launch-plans-title">Launch plan</h2>
        <WorkflowLaunchPlans project={project} domain={domain} name={name} />
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">Recent executions</h2>
        <RecentExecutions project={project} domain={domain} of={{ workflow: name }} label={name} />
      </section>
    </section>
  );
}
