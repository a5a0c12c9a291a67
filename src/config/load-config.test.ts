import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupMsw } from '../../test/msw/index.ts';
import { loadConfig } from './load-config';
import { DEFAULT_CONFIG } from './config-types';

const URL = 'http://localhost:3000/console/config.json';
const { server } = setupMsw();

describe('loadConfig', () => {
  it('uses all defaults when config.json is missing', async () => {
    server.use(http.get(URL, () => new HttpResponse('Not found', { status: 404 })));
    expect(await loadConfig(URL)).toEqual({ ok: true, config: DEFAULT_CONFIG, source: URL });
  });

  it('reports malformed JSON with the file it came from', async () => {
    server.use(http.get(URL, () => new HttpResponse('{"auth": {', { status: 200 })));
    const result = await loadConfig(URL);
    expect(result.ok).toBe(false);
    expect(result.source).toBe(URL);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('reports a server error instead of guessing defaults', async () => {
    server.use(http.get(URL, () => new HttpResponse('boom', { status: 500 })));
    expect(await loadConfig(URL)).toEqual({
      ok: false,
      source: URL,
      problems: [{ key: '', message: 'answered HTTP 500' }],
    });
  });

  it('reports an unreachable file', async () => {
    server.use(http.get(URL, () => HttpResponse.error()));
    const result = await loadConfig(URL);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/^could not be fetched/);
  });

  it('passes validation problems through', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ auth: { mode: 'sometimes' } })));
    const result = await loadConfig(URL);
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual(['auth.mode']);
  });
});
