import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Sandbox } from './index.ts';
import { CONSOLE_ORIGIN, bearer, http, start } from './test-helpers.ts';

type Json = Record<string, unknown>;
interface Execution {
  id: { name: string };
  closure: { phase: string; abort_metadata?: { principal: string; cause: string } | null };
}

describe('admin REST through HTTP (the shared core behind auth)', () => {
  let sb: Sandbox;
  let headers: Record<string, string>;
  let list: string;
  before(async () => {
    sb = await start('internal', { seed: 7 });
    headers = bearer(await sb.signTestToken({ sub: 'ada' }));
    list = `${sb.adminUrl}/api/v1/executions/flytesnacks/development`;
  });
  after(() => sb.close());

  const executions = (res: { json: Json }) => res.json.executions as Execution[];

  it('pages with limit and token', async () => {
    const first = await http(`${list}?limit=3`, { headers });
    assert.equal(first.status, 200);
    assert.equal(executions(first).length, 3);
    assert.equal(first.json.token, '3');
    const second = await http(`${list}?limit=3&token=3`, { headers });
    assert.equal(executions(second).length, 3);
    const names = new Set([...executions(first), ...executions(second)].map((e) => e.id.name));
    assert.equal(names.size, 6, 'pages do not overlap');
    const missingLimit = await http(list, { headers });
    assert.equal(missingLimit.status, 400);
    assert.equal(missingLimit.json.code, 3);
  });

  it('filters with value_in and joined filters (+ sent as %2B)', async () => {
    const res = await http(
      `${list}?limit=100&filters=${encodeURIComponent('value_in(phase,RUNNING;QUEUED)')}`,
      { headers },
    );
    assert.equal(res.status, 200);
    for (const e of executions(res))
      assert.ok(['RUNNING', 'QUEUED'].includes(e.closure.phase), e.closure.phase);
    const joined = await http(`${list}?limit=100&filters=eq(phase,SUCCEEDED)%2Bgte(duration,0)`, { headers });
    assert.equal(joined.status, 200);
    for (const e of executions(joined)) assert.equal(e.closure.phase, 'SUCCEEDED');
  });

  it('answers a bad filter with 400 code 3 in either casing', async () => {
    const snake = await http(`${list}?limit=3&filters=bogus`, { headers });
    assert.equal(snake.status, 400);
    assert.equal(snake.json.code, 3);
    assert.deepEqual(snake.json.details, []);
    const camel = await http(`${list}?limit=3&filters=nope(phase)`, {
      headers: { Authorization: headers.Authorization ?? '' },
    });
    assert.equal(camel.status, 400);
    assert.equal(camel.json.code, 3);
  });

  it('encodes lists snake_case for exact Accept and camelCase otherwise', async () => {
    const snake = await http(`${list}?limit=1`, { headers });
    const camel = await http(`${list}?limit=1`, {
      headers: { ...headers, Accept: 'application/json, text/plain, */*' },
    });
    const s = executions(snake)[0] as unknown as Json;
    const c = (camel.json.executions as Json[])[0] as Json;
    assert.ok('started_at' in (s.closure as Json) || 'created_at' in (s.closure as Json));
    assert.ok('createdAt' in (c.closure as Json));
  });

  it('terminates an execution as the token subject', async () => {
    const running = await http(`${list}?limit=1&filters=eq(phase,RUNNING)`, { headers });
    const target = executions(running)[0];
    assert.ok(target, 'a running execution in the seed');
    const url = `${sb.adminUrl}/api/v1/executions/flytesnacks/development/${target.id.name}`;
    const terminated = await http(url, {
      method: 'DELETE',
      headers: { ...headers, 'Content-Type': 'application/json', Origin: CONSOLE_ORIGIN },
      body: JSON.stringify({ cause: 'stopped from the sandbox test' }),
    });
    assert.equal(terminated.status, 200);
    const after = await http(url, { headers });
    const closure = (after.json as unknown as Execution).closure;
    assert.ok(['ABORTING', 'ABORTED'].includes(closure.phase), closure.phase);
    assert.equal(closure.abort_metadata?.principal, 'ada');
  });

  it('answers unknown executions with 404 code 5', async () => {
    const res = await http(`${list}/does-not-exist`, { headers });
    assert.equal(res.status, 404);
    assert.equal(res.json.code, 5);
  });
});
