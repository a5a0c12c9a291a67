import { describe, expect, it } from 'vitest';
import { createTestAdmin } from '../../test/fixtures/test-helpers.ts';
import { decodeResponse, obj, arr } from './decode';
import { namedEntityId, page } from './decode-common';
import { domain, launchPlan, project, workflow } from './decode-entities';
import { execution, executionData } from './decode-executions';
import { nodeExecution, taskExecution } from './decode-nodes';
import { readableEntries } from '../components/literal-format';
import { literalTypeText } from '../components/literal-type-text';

/**
 * The decoders against the seeded stand-in's real answers (the same core the sandbox serves): every resource
 * the views read must decode, so a drift in either side fails here rather than on screen.
 */
describe('decoders accept the stand-in admin answers', () => {
  const admin = createTestAdmin(300);
  const get = (path: string, query = '') => {
    const response = admin.get(path, query);
    expect(response.status, `${path}?${query}`).toBe(200);
    return response.body;
  };

  it('projects, domains, workflows, launch plans', () => {
    const projects = decodeResponse(page('projects', project), get('/api/v1/projects', 'limit=0'), 'p').items;
    expect(projects.map((p) => p.id)).toContain('scale');
    decodeResponse(obj({ domains: arr(domain) }), get('/api/v1/domains'), 'd');
    const ids = decodeResponse(
      page('entities', namedEntityId),
      get('/api/v1/workflow_ids/flytesnacks/development', 'limit=5'),
      'w',
    );
    const name = ids.items[0]!.name;
    const versions = decodeResponse(
      page('workflows', workflow),
      get(`/api/v1/workflows/flytesnacks/development/${name}`, 'limit=5'),
      'v',
    );
    const version = versions.items[0]!.id.version;
    const one = decodeResponse(
      workflow,
      get(`/api/v1/workflows/flytesnacks/development/${name}/${version}`),
      'w1',
    );
    expect(one.interface).not.toBeNull();
    for (const v of Object.values({ ...one.interface!.inputs, ...one.interface!.outputs })) {
      expect(literalTypeText(v.type)).not.toBe('unknown type');
    }
    decodeResponse(
      page('launch_plans', launchPlan),
      get(`/api/v1/launch_plans/flytesnacks/development/${name}`, 'limit=5'),
      'l',
    );
  });

  it('executions, their data, nodes and task attempts', () => {
    const list = decodeResponse(
      page('executions', execution),
      get(
        '/api/v1/executions/flytesnacks/development',
        'limit=100&sort_by.key=created_at&sort_by.direction=DESCENDING',
      ),
      'e',
    );
    expect(list.items.length).toBeGreaterThan(10);
    let unknownValues = 0;
    for (const e of list.items.slice(0, 40)) {
      const path = `flytesnacks/development/${e.id.name}`;
      const data = decodeResponse(executionData, get(`/api/v1/data/executions/${path}`), 'data');
      for (const [, value] of readableEntries({ ...data.inputs, ...data.outputs })) {
        if (value.kind === 'unknown') unknownValues++;
      }
      const nodes = decodeResponse(
        page('node_executions', nodeExecution),
        get(`/api/v1/node_executions/${path}`, 'limit=500'),
        'n',
      );
      for (const n of nodes.items.slice(0, 3)) {
        decodeResponse(
          page('task_executions', taskExecution),
          get(`/api/v1/task_executions/${path}/${n.nodeId}`, 'limit=100'),
          't',
        );
      }
    }
    expect(unknownValues).toBe(0);
  });
});
