import { findRun } from './graph-bench.ts';
import type { DeepLinkTarget } from './sign-in-bench.ts';

/**
 * The link flytekit prints for a run (`<host>/console/projects/<p>/domains/<d>/executions/<name>`), to a failed
 * fan-out run: arrived when the graph shows its failed node.
 */
export const EXECUTION_PAGE: DeepLinkTarget = {
  link: async (consoleUrl, adminUrl, token) => {
    const filters = 'eq(workflow.name,core.graphs.fan_out.fan_out_wf)+eq(phase,FAILED)';
    const name = await findRun(adminUrl, filters, () => true, token);
    return `${consoleUrl}projects/flytesnacks/domains/development/executions/${name}`;
  },
  ready: 'g.dag-node[aria-label$=", Failed"]',
};
