import { useState, type ReactNode } from 'react';

/** How many items of one collection or map a literal view draws before the person asks for more. */
const LITERAL_PAGE_SIZE = 100;

/**
 * Draws the first `pageSize` items and a "Show more" button for the next page, so a literal with 200,000 items
 * costs the DOM a page, not 400,000 nodes. The count line says how much is hidden; it is a polite live region so
 * that a screen reader hears the new total after "Show more".
 */
export function usePagedItems<T>(items: readonly T[], pageSize = LITERAL_PAGE_SIZE) {
  const [shown, setShown] = useState(pageSize);
  const visible = items.length > shown ? items.slice(0, shown) : items;
  const more: ReactNode =
    items.length > shown ? (
      <p className="literal-more">
        <span role="status">
          Showing {visible.length.toLocaleString('en-US')} of {items.length.toLocaleString('en-US')}.
        </span>{' '}
        <button type="button" className="secondary" onClick={() => setShown((n) => n + pageSize)}>
          Show {Math.min(pageSize, items.length - shown).toLocaleString('en-US')} more
        </button>
      </p>
    ) : null;
  return { visible, more };
}
