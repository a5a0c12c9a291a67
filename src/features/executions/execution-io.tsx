import type { ExecutionId } from '../../api/types/common';
import { useExecutionData } from '../../api/execution-data';
import { LiteralMapView } from '../../components/literal-view';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';

type ExecutionData = ReturnType<typeof useExecutionData>;

/** Inputs and outputs from the data endpoint; outputs only exist once the execution succeeded. */
export function ExecutionIo({ id, running }: { id: ExecutionId; running: boolean }) {
  const data = useExecutionData(id, { live: running });
  return (
    <div className="two-column">
      <LiteralSection title="Inputs" data={data} pick="inputs" empty="No inputs." />
      <LiteralSection
        title="Outputs"
        data={data}
        pick="outputs"
        empty={running ? 'Outputs appear when the execution finishes.' : 'No outputs.'}
      />
    </div>
  );
}

function LiteralSection({
  title,
  data,
  pick,
  empty,
}: {
  title: 'Inputs' | 'Outputs';
  data: ExecutionData;
  pick: 'inputs' | 'outputs';
  empty: string;
}) {
  const titleId = `${pick}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {data.isPending ? (
        <LoadingSkeleton label={`Loading ${pick}`} rows={2} />
      ) : data.isError ? (
        <ErrorState
          title={`${title} could not be loaded.`}
          error={data.error}
          onRetry={() => void data.refetch()}
        />
      ) : (
        <LiteralMapView literals={data.data[pick]} empty={empty} />
      )}
    </section>
  );
}
