import { Link } from 'react-router';
import { useLaunchPlans } from '../../api/launch-plans';
import { paths } from '../../config/paths';
import { formatEnum } from '../../components/format';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { Timestamp } from '../../components/timestamp';

/** Versions of the workflow's default launch plan (registered under the workflow's own name). */
export function WorkflowLaunchPlans({
  project,
  domain,
  name,
}: {
  project: string;
  domain: string;
  name: string;
}) {
  const plans = useLaunchPlans({ project, domain, name, limit: 5 });
  if (plans.isPending) return <LoadingSkeleton label="Loading launch plans" rows={2} />;
  if (plans.isError) {
    return (
      <ErrorState
        title="Launch plans could not be loaded."
        error={plans.error}
        onRetry={() => void plans.refetch()}
      />
    );
  }
  if (plans.data.length === 0) return <EmptyState>No launch plan is registered under this name.</EmptyState>;
  return (
    <>
      <table>
        <caption className="visually-hidden">Launch plan versions of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">State</th>
            <th scope="col">Registered</th>
          </tr>
        </thead>
        <tbody>
          {plans.data.map((lp) => (
            <tr key={lp.id.version}>
              <td>{lp.id.version}</td>
              <td>{formatEnum(lp.state)}</td>
              <td>
                <Timestamp value={lp.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={paths.executions(project, domain, { launchPlan: name })}>
          Executions of launch plan {name}
        </Link>
      </p>
    </>
  );
}
