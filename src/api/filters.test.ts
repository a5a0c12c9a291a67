import { describe, expect, it } from 'vitest';
import { createAdminFetch } from './admin-client';
import { contains, encodeFilter, encodeFilters, eq, filterSafe, valueIn } from './filters';
import { listQuery } from './list-query';

describe('filter encoding', () => {
  it('writes func(field,value) terms joined by +', () => {
    expect(encodeFilters([eq('workflow.name', 'core.hello'), valueIn('phase', ['RUNNING', 'QUEUED'])])).toBe(
      'eq(workflow.name,core.hello)+value_in(phase,RUNNING;QUEUED)',
    );
  });

  it('leaves out empty terms, and no terms at all is undefined', () => {
    expect(encodeFilters([])).toBeUndefined();
    expect(encodeFilters([valueIn('phase', []), eq('workflow.name', '')])).toBeUndefined();
    expect(encodeFilters([valueIn('phase', []), contains('name', 'abc')])).toBe('contains(name,abc)');
  });

  it('refuses a value that would split the expression', () => {
    expect(() => encodeFilter(eq('name', 'a+b'))).toThrow(/separator/);
    expect(() => encodeFilter(valueIn('phase', ['A;B']))).toThrow(/separator/);
    expect(() => encodeFilter(eq('name', 'f(x)'))).toThrow(/separator/);
  });

  it('filterSafe drops separators and whitespace from typed text', () => {
    expect(filterSafe(' my wf+(x),y; ')).toBe('mywfxy');
    expect(filterSafe('core.hello_world')).toBe('core.hello_world');
  });

  it('reaches the admin with + as %2B and list values with ;', async () => {
    const urls: string[] = [];
    const fetchImpl = async (input: RequestInfo | URL) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return new Response('{}', { status: 200 });
    };
    const adminFetch = createAdminFetch({ baseUrl: 'https://admin.test', auth: null, fetchImpl });
    await adminFetch('/api/v1/executions/p/d', {
      query: listQuery({
        limit: 10,
        sort: { key: 'created_at', direction: 'DESCENDING' },
        filters: [valueIn('phase', ['RUNNING', 'FAILED']), eq('workflow.name', 'core.wf')],
      }),
    });
    const url = urls[0] ?? '';
    expect(url).toContain('filters=value_in%28phase%2CRUNNING%3BFAILED%29%2Beq%28workflow.name%2Ccore.wf%29');
    expect(url).not.toMatch(/filters=[^&]*\+/);
    expect(new URL(url).searchParams.get('filters')).toBe(
      'value_in(phase,RUNNING;FAILED)+eq(workflow.name,core.wf)',
    );
    expect(new URL(url).searchParams.get('sort_by.key')).toBe('created_at');
  });
});
