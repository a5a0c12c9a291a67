import type { useExecutionData } from '../../api/execution-data';
import { LiteralData } from '../../components/literal-data';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';

type ExecutionData = ReturnType<typeof useExecutionData>;

/** Inputs and outputs from the data endpoint (queried by the page); outputs only exist once the execution succeeded. */
export function ExecutionIo({ data, running }: { data: ExecutionData; running: boolean }) {
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
        <LiteralData data={data.data} pick={pick} empty={empty} />
      )}
    </section>
  );
}
