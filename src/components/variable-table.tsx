import type { Variable } from '../api/types/workflows';
import { literalTypeText } from './literal-type-text';
import { EmptyState } from './query-state';

/** Inputs or outputs of an interface: name, readable type, description. */
export function VariableTable({
  caption,
  variables,
  empty,
}: {
  caption: string;
  variables: Record<string, Variable>;
  empty: string;
}) {
  const entries = Object.entries(variables);
  if (entries.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <table className="variables">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, variable]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>{literalTypeText(variable.type)}</td>
            <td>{variable.description || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
