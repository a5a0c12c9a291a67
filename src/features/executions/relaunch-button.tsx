import { useNavigate } from 'react-router';
import type { ExecutionId } from '../../api/types/common';
import { describeApiError } from '../../api/api-error';
import { useRelaunchExecution } from '../../api/relaunch-execution';
import { paths } from '../../config/paths';

/** Relaunch with the same inputs, then open the new execution. */
export function RelaunchButton({ id }: { id: ExecutionId }) {
  const relaunch = useRelaunchExecution();
  const navigate = useNavigate();
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={relaunch.isPending}
        onClick={() =>
          relaunch.mutate(id, {
            onSuccess: (created) =>
              void navigate(paths.execution(created.project, created.domain, created.name)),
          })
        }
      >
        {relaunch.isPending ? 'Relaunching…' : 'Relaunch with the same inputs'}
      </button>
      {relaunch.isError && (
        <p role="alert" className="form-error">
          Relaunch failed: {describeApiError(relaunch.error)}
        </p>
      )}
    </>
  );
}
