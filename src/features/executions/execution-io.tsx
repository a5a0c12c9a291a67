import type { ExecutionId } from '../../api/decode-common';
import { useExecutionData } from '../../api/execution-data';
import { LiteralMapView } from '../../components/literal-view';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';

/** Inputs and outputs from the data endpoint; outputs only exist once the execution succeeded. */
export function ExecutionIo({ id, running }: { id: ExecutionId; running: boolean }) {
  const data = useExecutionData(id, { live: running });
  return (
    <div className="two-column">
      <section aria-labelledby="inputs-title">
        <h2 id="inputs-title">Inputs</h2>
        {data.isPending ? (
          <LoadingSkeleton label="Loading inputs" rows={2} />
        ) : data.isError ? (
          <ErrorState
            title="Inputs could not be loaded."
            error={data.error}
            onRetry={() => void data.refetch()}
          />
        ) : (
          <LiteralMapView literals={data.data.inputs} empty="No inputs." />
        )}
      </section>
      <section aria-labelledby="outputs-title">
        <h2 id="outputs-title">Outputs</h2>
        {data.isPending ? (
          <LoadingSkeleton label="Loading outputs" rows={2} />
        ) : data.isError ? (
          <ErrorState
            title="Outputs could not be loaded."
            error={data.error}
            onRetry={() => void data.refetch()}
          />
        ) : (
          <LiteralMapView
            literals={data.data.outputs}
            empty={running ? 'Outputs appear when the execution finishes.' : 'No outputs.'}
          />
        )}
      </section>
    </div>
  );
}
