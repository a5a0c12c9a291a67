import { describe, expect, it } from 'vitest';
import { encodeFilters } from '../../api/filters';
import { listFilters, readListState, writeListState } from './list-search';

describe('executions list URL state', () => {
  it('reads phases, sort, direction and name filters, ignoring unknown values', () => {
    const state = readListState(
      new URLSearchParams('phase=RUNNING,BOGUS,FAILED&sort=duration&dir=asc&workflow=core.wf&launchPlan=lp'),
    );
    expect(state).toEqual({
      phases: ['RUNNING', 'FAILED'],
      sort: { key: 'duration', direction: 'ASCENDING' },
      workflow: 'core.wf',
      launchPlan: 'lp',
    });
    expect(readListState(new URLSearchParams('sort=name'))).toMatchObject({
      sort: { key: 'created_at', direction: 'DESCENDING' },
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(writeListState(readListState(new URLSearchParams())).toString()).toBe('');
    const search = 'phase=RUNNING%2CFAILED&sort=started_at&dir=asc&workflow=w';
    expect(writeListState(readListState(new URLSearchParams(search))).toString()).toBe(search);
  });

  it('turns the state into flyteadmin filters, never with separators from the URL', () => {
    const state = readListState(new URLSearchParams('phase=QUEUED,RUNNING&workflow=a+b(c)&launchPlan=lp'));
    expect(encodeFilters(listFilters(state))).toBe(
      'value_in(phase,QUEUED;RUNNING)+eq(workflow.name,abc)+eq(launch_plan.name,lp)',
    );
  });
});
