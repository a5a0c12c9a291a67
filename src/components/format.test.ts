import { describe, expect, it } from 'vitest';
import { countOf, formatDateTime } from './format';

describe('countOf', () => {
  it('uses the singular for exactly one', () => {
    expect(countOf(1, 'workflow')).toBe('1 workflow');
    expect(countOf(0, 'workflow')).toBe('0 workflows');
    expect(countOf(2, 'execution')).toBe('2 executions');
  });

  it('says "+" and the plural when more are known to exist', () => {
    expect(countOf(1, 'execution', 'executions', true)).toBe('1+ executions');
    expect(countOf(20, 'execution', 'executions', true)).toBe('20+ executions');
  });
});

describe('formatDateTime', () => {
  it('always shows the time; compact leaves out only this year', () => {
    const now = new Date();
    now.setHours(8, 7, 6);
    const iso = now.toISOString();
    const full = formatDateTime(iso);
    const compact = formatDateTime(iso, { compact: true });
    expect(full).toContain(String(now.getFullYear()));
    expect(compact).not.toContain(String(now.getFullYear()));
    for (const text of [full, compact]) expect(text).toMatch(/0?8:07:06/);
    expect(formatDateTime('2001-02-03T04:05:06Z', { compact: true })).toContain('2001');
  });
});
