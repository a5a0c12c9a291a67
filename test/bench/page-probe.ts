import type { Page, Request } from 'playwright-core';

/** Counts what a page does while a scenario runs: requests by kind and main-frame navigations. */
export interface PageProbe {
  /** Main-frame navigations, history changes (replaceState) included. */
  navigations: number;
  /** Documents requested for the main frame: the page itself and every redirect hop. */
  documentRequests(): number;
  requests: Request[];
  tokenRequests(grant?: string): number;
  dataRequests(): number;
  reset(): void;
}

const DATA_PATH = /\/(api\/v1\/|me$)/;

export function probePage(page: Page): PageProbe {
  const probe: PageProbe = {
    navigations: 0,
    requests: [],
    documentRequests: () =>
      probe.requests.filter((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()).length,
    tokenRequests: (grant) =>
      probe.requests.filter(
        (r) =>
          r.method() === 'POST' &&
          /\/token$/.test(new URL(r.url()).pathname) &&
          (grant === undefined || (r.postData() ?? '').includes(`grant_type=${grant}`)),
      ).length,
    dataRequests: () =>
      probe.requests.filter((r) => r.method() !== 'OPTIONS' && DATA_PATH.test(new URL(r.url()).pathname))
        .length,
    reset: () => {
      probe.navigations = 0;
      probe.requests = [];
    },
  };
  page.on('request', (request) => probe.requests.push(request));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) probe.navigations += 1;
  });
  return probe;
}

/** The first execution row of a list view, i.e. the first data a person sees. */
export const FIRST_EXECUTION_ROW = 'main table tbody tr a[href*="/executions/"]';
