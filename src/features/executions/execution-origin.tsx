import { Link } from 'react-router';
import type { Execution } from '../../api/types/executions';
import { paths } from '../../config/paths';

/**
 * Where a run came from, as a row of the facts list: the parent run's node that launched it (a launch plan node),
 * or the run a relaunch or a recovery started from. Nothing for a run launched by a person or a schedule.
 */
export function ExecutionOrigin({ execution: e }: { execution: Execution }) {
  if (e.parentNode) {
    const { executionId: parent, nodeId } = e.parentNode;
    return (
      <div>
        <dt>Launched from</dt>
        <dd>
          node <Link to={paths.execution(parent.project, parent.domain, parent.name, nodeId)}>{nodeId}</Link>{' '}
          of{' '}
          <Link className="entity-name" to={paths.execution(parent.project, parent.domain, parent.name)}>
            {parent.name}
          </Link>
        </dd>
      </div>
    );
  }
  const source = e.referenceExecution;
  if (!source) return null;
  return (
    <div>
      <dt>{e.mode === 'RECOVERED' ? 'Recovered from' : 'Relaunched from'}</dt>
      <dd>
        <Link className="entity-name" to={paths.execution(source.project, source.domain, source.name)}>
          {source.name}
        </Link>
      </dd>
    </div>
  );
}
