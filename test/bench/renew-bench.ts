import { launchBrowser, startStack } from '../e2e/harness.ts';
import { probePage } from './page-probe.ts';

export interface RenewReport {
  accessTokenTtlSeconds: number;
  renewals: number;
  tokenRequests: number;
  navigations: number;
  dataRefetches: number;
}

// oidc-client-ts renews 60 s before expiry by default: a 70 s token renews about 10 s after sign-in.
const TTL = 70;

async function succeededExecution(adminUrl: string, token: string): Promise<string> {
  const url = `${adminUrl}/api/v1/executions/flytesnacks/development?limit=1&filters=eq(phase,SUCCEEDED)`;
  const response = await fetch(url, {
    headers: { Accept: 'application/json', 'flyte-authorization': `Bearer ${token}` },
  });
  const body = (await response.json()) as { executions: { id: { name: string } }[] };
  const name = body.executions[0]?.id.name;
  if (!name) throw new Error(`no SUCCEEDED execution in the sandbox (${response.status})`);
  return name;
}

/**
 * A signed-in person on a finished execution (nothing polls there) while the access token renews:
 * what the renewal costs in token requests, navigations and refetches of data already on screen.
 */
export async function benchRenew(): Promise<RenewReport> {
  const stack = await startStack({ auth: 'internal', tokenTtl: TTL });
  const browser = await launchBrowser();
  try {
    const name = await succeededExecution(stack.sandbox.adminUrl, await stack.sandbox.signTestToken());
    const page = await browser.newPage();
    await page.goto(`${stack.consoleUrl}projects/flytesnacks/domains/development/executions/${name}`);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { name }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const probe = probePage(page);
    const deadline = Date.now() + (TTL + 20) * 1000;
    while (probe.tokenRequests('refresh_token') === 0 && Date.now() < deadline)
      await page.waitForTimeout(250);
    // Let anything the renewal set off (refetches, redirects) happen before counting.
    await page.waitForTimeout(3000);
    const report = {
      accessTokenTtlSeconds: TTL,
      renewals: probe.tokenRequests('refresh_token'),
      tokenRequests: probe.tokenRequests(),
      navigations: probe.navigations,
      dataRefetches: probe.dataRequests(),
    };
    await page.close();
    return report;
  } finally {
    await browser.close();
    await stack.close();
  }
}
