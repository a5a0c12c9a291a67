import { Link, useParams } from 'react-router';
import { useLaunchPlan } from '../../api/launch-plan';
import { useLaunchPlans } from '../../api/launch-plans';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { formatEnum } from '../../components/format';
import { ReadableValue } from '../../components/literal-view';
import { readableLiteral } from '../../components/literal-format';
import { literalTypeText } from '../../components/literal-type-text';
import { usePageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { LaunchPanel } from './launch-panel';
import { LaunchPlanForm } from './launch-plan-form';
import { LaunchPlanVersions } from './launch-plan-versions';
import { RecentExecutionsSection } from './recent-executions-section';

/** One launch plan (flyteconsole's /launchPlans/:name and /launch_plan/:name/version/:version). */
export function LaunchPlanPage() {
  const { project = '', domain = '', name = '', version: pinned } = useParams();
  const versions = useLaunchPlans({ project, domain, name, limit: 20 });
  const version =
    pinned ??
    versions.data?.find((lp) => lp.state === 'ACTIVE')?.id.version ??
    versions.data?.[0]?.id.version ??
    '';
  const lp = useLaunchPlan({ project, domain, name, version }, { enabled: version !== '' });
  usePageTitle(pinned ? `${name} ${pinned}` : name, 'Launch plans', `${project}/${domain}`);
  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs
        project={project}
        domain={domain}
        trail={[{ label: 'Launch plans', to: paths.launchPlans(project, domain) }, { label: name }]}
      />
      <h1 id="page-title">{name}</h1>
      {versions.isError ? (
        <ErrorState
          title="The launch plan could not be loaded."
          error={versions.error}
          onRetry={() => void versions.refetch()}
        />
      ) : versions.isSuccess && version === '' ? (
        <EmptyState>No launch plan is registered under this name.</EmptyState>
      ) : lp.isError ? (
        <ErrorState
          title="The launch plan could not be loaded."
          error={lp.error}
          onRetry={() => void lp.refetch()}
        />
      ) : !lp.data ? (
        <LoadingSkeleton label="Loading launch plan" rows={4} />
      ) : (
        <>
          <div className="page-launch">
            <LaunchPanel openLabel="Launch" title={`Launch ${name}`}>
              <LaunchPlanForm plan={{ project, domain, name, version }} />
            </LaunchPanel>
          </div>
          <dl className="facts">
            <div>
              <dt>Version</dt>
              <dd>{version}</dd>
            </div>
            <div>
              <dt>State</dt>
              <dd>{formatEnum(lp.data.state)}</dd>
            </div>
            <div>
              <dt>Schedule</dt>
              <dd>{lp.data.cron || 'none'}</dd>
            </div>
            <div>
              <dt>Workflow</dt>
              <dd>
                {lp.data.workflowId ? (
                  <Link
                    to={paths.workflow(project, domain, lp.data.workflowId.name, lp.data.workflowId.version)}
                  >
                    {lp.data.workflowId.name}
                  </Link>
                ) : (
                  '—'
                )}
              </dd>
            </div>
          </dl>
          <h2>Inputs</h2>
          <dl className="literal-map">
            {Object.entries(lp.data.expectedInputs).map(([input, p]) => (
              <div key={input}>
                <dt>
                  {input} <span className="muted">({literalTypeText(p.type)})</span>
                </dt>
                <dd>
                  {p.default ? <ReadableValue value={readableLiteral(p.default)} /> : <em>required</em>}
                </dd>
              </div>
            ))}
            {Object.entries(lp.data.fixedInputs).map(([input, literal]) => (
              <div key={input}>
                <dt>{input} (fixed)</dt>
                <dd>
                  <ReadableValue value={readableLiteral(literal)} />
                </dd>
              </div>
            ))}
          </dl>
          <h2>Versions</h2>
          <LaunchPlanVersions
            project={project}
            domain={domain}
            name={name}
            versions={versions.data ?? []}
            current={version}
          />
          <RecentExecutionsSection project={project} domain={domain} launchPlan={name} label={name} />
        </>
      )}
    </section>
  );
}
