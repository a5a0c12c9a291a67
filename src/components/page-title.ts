import { useEffect } from 'react';

/** "axq7k2mz9 · Executions · flytesnacks/development · Flyte": most specific first, so tabs stay tellable apart. */
function pageTitle(parts: readonly string[]): string {
  return [...parts.filter(Boolean), 'Flyte'].join(' · ');
}

/** Sets document.title while the calling page is shown; the route announcer reads it out after navigation. */
export function usePageTitle(...parts: string[]): void {
  const title = pageTitle(parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
