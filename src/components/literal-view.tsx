import { readableEntries, type Readable } from './literal-format';
import { usePagedItems } from './paged-items';
import { EmptyState } from './query-state';

/** Renders a readable literal as text nodes only; URIs are shown, not linked (s3://, gs:// are not web pages). */
export function ReadableValue({ value }: { value: Readable }) {
  switch (value.kind) {
    case 'primitive':
      return <code className="literal-primitive">{value.text}</code>;
    case 'none':
      return <em className="literal-none">none</em>;
    case 'collection':
      if (value.items.length === 0) return <em>empty list</em>;
      return <ItemList items={value.items} />;
    case 'map':
      if (value.entries.length === 0) return <em>empty map</em>;
      return <EntryList entries={value.entries} />;
    case 'blob':
      return (
        <span className="literal-blob">
          {value.directory ? 'directory' : 'file'}
          {value.format ? ` (${value.format})` : ''}: <code>{value.uri || 'no URI'}</code>
        </span>
      );
    case 'dataset':
      return (
        <span className="literal-blob">
          structured dataset{value.format ? ` (${value.format})` : ''}: <code>{value.uri || 'no URI'}</code>
          {value.columns.length > 0 && (
            <span className="literal-columns"> columns: {value.columns.join(', ')}</span>
          )}
        </span>
      );
    case 'struct':
      return <pre className="literal-struct">{value.text}</pre>;
    case 'unknown':
      return (
        <span className="literal-unknown">
          <em>unrecognised value</em> <pre>{value.text}</pre>
        </span>
      );
  }
}

function ItemList({ items }: { items: Readable[] }) {
  const { visible, more } = usePagedItems(items);
  return (
    <>
      <ol className="literal-list" start={0}>
        {visible.map((item, i) => (
          <li key={i}>
            <ReadableValue value={item} />
          </li>
        ))}
      </ol>
      {more}
    </>
  );
}

function EntryList({ entries }: { entries: [string, Readable][] }) {
  const { visible, more } = usePagedItems(entries);
  return (
    <>
      <dl className="literal-map">
        {visible.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>
              <ReadableValue value={value} />
            </dd>
          </div>
        ))}
      </dl>
      {more}
    </>
  );
}

/** A named literal map (an execution's inputs or outputs). */
export function LiteralMapView({ literals, empty }: { literals: Record<string, unknown>; empty: string }) {
  const entries = readableEntries(literals);
  if (entries.length === 0) return <EmptyState>{empty}</EmptyState>;
  return <EntryList entries={entries} />;
}
