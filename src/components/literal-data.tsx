import type { ExecutionData } from '../api/types/executions';
import { formatBytes, isWebUrl } from './format';
import { LiteralMapView } from './literal-view';

/**
 * One side (inputs or outputs) of a data answer, for an execution or a node. An empty map beside a stored object
 * that is not empty (an empty LiteralMap is 0 bytes) means the admin left the values out: over its
 * maxSizeInBytes (flyteadmin/pkg/manager/impl/util/data.go:22-25,50,116). Say so instead of "No inputs."
 */
export function LiteralData({
  data,
  pick,
  empty,
}: {
  data: ExecutionData;
  pick: 'inputs' | 'outputs';
  empty: string;
}) {
  const url = data[`${pick}Url`];
  const bytes = data[`${pick}Bytes`];
  if (Object.keys(data[pick]).length === 0 && url !== '' && bytes > 0)
    return <TooLarge what={pick} url={url} bytes={bytes} />;
  return <LiteralMapView literals={data[pick]} empty={empty} />;
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
