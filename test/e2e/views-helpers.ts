/**
 * Shared by the views-*.test.ts e2e files: reads the sandbox admin directly (auth off) to pick executions in a
 * given phase, so tests do not depend on the seed's exact names.
 */
export interface ExecutionRef {
  name: string;
  phase: string;
}

export async function listExecutions(
  adminUrl: string,
  project: string,
  domain: string,
  filters: string,
  limit = 20,
): Promise<ExecutionRef[]> {
  const url = new URL(`${adminUrl}/api/v1/executions/${project}/${domain}`);
  url.searchParams.set('limit', String(limit));
  if (filters) url.searchParams.set('filters', filters);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} -> ${response.status}`);
  const body = (await response.json()) as {
    executions: { id: { name: string }; closure: { phase: string } }[];
  };
  return body.executions.map((e) => ({ name: e.id.name, phase: e.closure.phase }));
}

export async function firstExecution(adminUrl: string, phases: string[]): Promise<string> {
  const found = await listExecutions(
    adminUrl,
    'flytesnacks',
    'development',
    `value_in(phase,${phases.join(';')})`,
  );
  const name = found[0]?.name;
  if (!name) throw new Error(`the sandbox has no execution in ${phases.join('/')}`);
  return name;
}
