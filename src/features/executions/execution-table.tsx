import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Execution } from '../../api/types/executions';
import { executionQueryOptions } from '../../api/execution';
import { paths } from '../../config/paths';
import { PhaseBadge } from '../../components/phase-badge';
import { RunDuration } from '../../components/run-duration';
import { Timestamp } from '../../components/timestamp';
import type { ListState } from './list-search';

const ROW_HEIGHT = 41;
/** Ask for the next page this many rows before the end, so scrolling rarely reaches the loading row. */
const PREFETCH_ROWS = 30;

interface Props {
  project: string;
  domain: string;
  rows: Execution[];
  sort: ListState['sort'];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
}

// Widths in rem so a full date and time fits at any zoom; the table scrolls sideways inside its own region.
const COLUMNS = [
  { label: 'Execution', width: 11 },
  { label: 'Phase', width: 8 },
  { label: 'Workflow', width: 16 },
  { label: 'Created', key: 'created_at', width: 13 },
  { label: 'Started', key: 'started_at', width: 13 },
  { label: 'Duration', key: 'duration', width: 6 },
  { label: 'Launched by', width: 9 },
];

/** Truncated with an ellipsis; the whole value shows while the cell is hovered or holds focus. */
function Cell({ children }: { children: ReactNode }) {
  return <span className="cell-value">{children}</span>;
}

/**
 * A real <table> whose body only holds the rows in view (plus overscan) between two spacer rows, so 10,000
 * executions cost as much as 40. aria-rowcount/aria-rowindex tell assistive technology where each row sits.
 */
export function ExecutionTable({
  project,
  domain,
  rows,
  sort,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const count = rows.length + (hasNextPage ? 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const prefetch = (name: string) =>
    void queryClient.prefetchQuery(executionQueryOptions({ project, domain, name }));

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Executions, scrollable"
    >
      <table aria-rowcount={hasNextPage ? -1 : rows.length + 1} className="executions-table">
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} style={{ width: `${c.width}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={
                  c.key === sort.key
                    ? sort.direction === 'ASCENDING'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => {
            const e = rows[item.index];
            if (!e) {
              return (
                <tr key="loader" aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  <td colSpan={COLUMNS.length}>Loading more executions…</td>
                </tr>
              );
            }
            const wf = e.workflowId;
            return (
              <tr key={e.id.name} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td>
                  <Cell>
                    <Link
                      to={paths.execution(project, domain, e.id.name)}
                      onMouseEnter={() => prefetch(e.id.name)}
                      onFocus={() => prefetch(e.id.name)}
                    >
                      {e.id.name}
                    </Link>
                  </Cell>
                </td>
                <td>
                  <PhaseBadge phase={e.phase} />
                </td>
                <td>
                  <Cell>
                    {wf ? (
                      // Focusable, so the full name can be read with the keyboard as well as by hovering.
                      <Link to={paths.workflow(wf.project, wf.domain, wf.name)}>{wf.name}</Link>
                    ) : (
                      '—'
                    )}
                  </Cell>
                </td>
                <td>
                  <Cell>
                    <Timestamp value={e.createdAt} compact />
                  </Cell>
                </td>
                <td>
                  <Cell>
                    <Timestamp value={e.startedAt} compact />
                  </Cell>
                </td>
                <td>
                  <RunDuration phase={e.phase} startedAt={e.startedAt} duration={e.duration} />
                </td>
                <td>
                  <Cell>{e.principal || '—'}</Cell>
                </td>
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
