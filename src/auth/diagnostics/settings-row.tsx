import type { ReactNode } from 'react';

/** One term and its value in the auth panel's description lists. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
