import type { useExecutionData } from '../../api/execution-data';
import { formatBytes, isWebUrl } from '../../components/format';
import { LiteralMapView } from '../../components/literal-view';
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
  const d = data.data;
  // An empty map beside a stored object that is not empty (an empty LiteralMap is 0 bytes) means the admin left
  // the values out: over its maxSizeInBytes (flyteadmin/pkg/manager/impl/util/data.go:22-25,50,116).
  const tooLarge =
    d !== undefined && Object.keys(d[pick]).length === 0 && d[`${pick}Url`] !== '' && d[`${pick}Bytes`] > 0;
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
      ) : tooLarge ? (
        <TooLarge what={pick} url={data.data[`${pick}Url`]} bytes={data.data[`${pick}Bytes`]} />
      ) : (
        <LiteralMapView literals={data.data[pick]} empty={empty} />
      )}
    </section>
  );
}

/** The signed URL becomes a link only when it is http(s); anything else is shown as text. */
function TooLarge({ what, url, bytes }: { what: string; url: string; bytes: number }) {
  return (
    <div className="data-too-large">
      <p>
        The {what} are too large to show here ({formatBytes(bytes)}).
      </p>
      {isWebUrl(url) ? (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            Download the {what} (protobuf LiteralMap, signed link)
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : (
        <p>
          Stored at <code>{url}</code>
        </p>
      )}
    </div>
  );
}
