import { launchBrowser, startStack } from '../e2e/harness.ts';
import { FIRST_EXECUTION_ROW, probePage } from './page-probe.ts';
import { spread, type Spread } from './stats.ts';

export interface SignInReport {
  deepLink: string;
  ms: Spread;
  requests: Spread;
  tokenRequests: Spread;
  dataRequests: Spread;
  navigations: Spread;
  documentRequests: Spread;
}

/**
 * A flytekit deep link opened in a new tab: no console session (sessionStorage is per tab) but a live session at
 * the authorization server, so sign-in is redirects only. Timed from navigation start to the first data row.
 */
export interface DeepLinkTarget {
  /** The link, from the console's URL (`.../console/`), the admin's URL and a token for it. */
  link(consoleUrl: string, adminUrl: string, token: string): Promise<string>;
  /** What counts as arrived: the first data a person reads there. */
  ready: string;
}

export const EXECUTIONS_LIST: DeepLinkTarget = {
  link: async (consoleUrl) =>
    `${consoleUrl}projects/flytesnacks/domains/development/executions?sort=created_at#list`,
  ready: FIRST_EXECUTION_ROW,
};

export async function benchSignIn(
  runs: number,
  target: DeepLinkTarget = EXECUTIONS_LIST,
): Promise<SignInReport> {
  const stack = await startStack({ auth: 'internal' });
  const browser = await launchBrowser();
  const deepLink = await target.link(
    stack.consoleUrl,
    stack.sandbox.adminUrl,
    await stack.sandbox.signTestToken(),
  );
  try {
    const first = await browser.newPage();
    await first.goto(deepLink);
    await first.getByRole('button', { name: 'Ada Lovelace' }).click();
    await first.locator(target.ready).first().waitFor();
    await first.close();

    const samples = {
      ms: [] as number[],
      requests: [] as number[],
      token: [] as number[],
      data: [] as number[],
      nav: [] as number[],
      docs: [] as number[],
    };
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      const probe = probePage(page);
      const started = performance.now();
      await page.goto(deepLink, { waitUntil: 'commit' });
      await page.locator(target.ready).first().waitFor({ timeout: 30_000 });
      samples.ms.push(performance.now() - started);
      if (page.url() !== deepLink) throw new Error(`landed on ${page.url()} instead of ${deepLink}`);
      samples.requests.push(probe.requests.length);
      samples.token.push(probe.tokenRequests());
      samples.data.push(probe.dataRequests());
      samples.nav.push(probe.navigations);
      samples.docs.push(probe.documentRequests());
      await page.close();
    }
    return {
      deepLink: deepLink.replace(stack.consoleOrigin, ''),
      ms: spread(samples.ms),
      requests: spread(samples.requests),
      tokenRequests: spread(samples.token),
      dataRequests: spread(samples.data),
      navigations: spread(samples.nav),
      documentRequests: spread(samples.docs),
    };
  } finally {
    await browser.close();
    await stack.close();
  }
}
