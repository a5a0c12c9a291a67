import type { ExecutionId } from './types/common';

/**
 * One key factory per resource: every query key and every invalidation scope is built here, so a prefix used to
 * invalidate is the same array the queries start with. react-query matches object segments partially, which is
 * what lets a scope like `{project, domain}` cover every list of that project/domain.
 */
export const projectKeys = {
  list: () => ['projects', 'list'] as const,
};

export const domainKeys = {
  all: () => ['domains'] as const,
};

export const meKeys = {
  current: () => ['auth', 'me'] as const,
};

export const buildInfoKeys = {
  current: () => ['console', 'build-info'] as const,
};

interface EntityScope {
  project: string;
  domain: string;
}

interface ExecutionListKey extends EntityScope {
  filters: string;
  sort: { key: string; direction: string };
  limit: number;
}

export const executionKeys = {
  /** Every execution list of a project/domain, whatever its filters: what a terminate or relaunch makes stale. */
  listScope: (project: string, domain: string) => ['executions', 'list', { project, domain }] as const,
  list: ({ project, domain, filters, sort, limit }: ExecutionListKey) =>
    ['executions', 'list', { project, domain, filters, sort, limit }] as const,
  detail: ({ project, domain, name }: ExecutionId) =>
    ['executions', 'detail', { project, domain, name }] as const,
  data: ({ project, domain, name }: ExecutionId) =>
    ['executions', 'data', { project, domain, name }] as const,
  /** Top-level nodes; children's keys extend it, so invalidating it covers every level. */
  nodes: ({ project, domain, name }: ExecutionId) =>
    ['executions', 'nodes', { project, domain, name }] as const,
  childNodes: (id: ExecutionId, parentId: string) => [...executionKeys.nodes(id), { parentId }] as const,
  /** The spec an execution was launched with (Relaunch prefill). */
  launchSpec: ({ project, domain, name }: ExecutionId) =>
    ['executions', 'launch-spec', { project, domain, name }] as const,
  tasks: ({ project, domain, name }: ExecutionId, nodeId: string) =>
    ['executions', 'tasks', { project, domain, name, nodeId }] as const,
  /** One node at any depth, by flyteadmin's unique node id. */
  node: ({ project, domain, name }: ExecutionId, nodeId: string) =>
    ['executions', 'node', { project, domain, name, nodeId }] as const,
  nodeData: ({ project, domain, name }: ExecutionId, nodeId: string) =>
    ['executions', 'node-data', { project, domain, name, nodeId }] as const,
};

export const workflowKeys = {
  detail: ({ project, domain, name, version }: EntityScope & { name: string; version: string }) =>
    ['workflows', 'detail', { project, domain, name, version }] as const,
  versions: ({ project, domain, name, limit }: EntityScope & { name: string; limit: number }) =>
    ['workflows', 'versions', { project, domain, name, limit }] as const,
  names: ({ project, domain, search, limit }: EntityScope & { search: string; limit: number }) =>
    ['workflow-names', 'list', { project, domain, search, limit }] as const,
};

export const launchPlanKeys = {
  names: ({ project, domain, search, limit }: EntityScope & { search: string; limit: number }) =>
    ['launch-plan-names', 'list', { project, domain, search, limit }] as const,
  /** Every list of this name's versions, whatever the limit: what an activation makes stale. */
  listScope: ({ project, domain, name }: EntityScope & { name: string }) =>
    ['launch-plans', 'list', { project, domain, name }] as const,
  /** Every version's detail of this name (each carries its state). */
  detailScope: ({ project, domain, name }: EntityScope & { name: string }) =>
    ['launch-plans', 'detail', { project, domain, name }] as const,
  /** Launch plans listed for workflows of a project/domain, whatever the workflow. */
  ofWorkflowScope: ({ project, domain }: EntityScope) =>
    ['launch-plans', 'of-workflow', { project, domain }] as const,
  list: ({ project, domain, name, limit }: EntityScope & { name: string; limit: number }) =>
    ['launch-plans', 'list', { project, domain, name, limit }] as const,
  detail: ({ project, domain, name, version }: EntityScope & { name: string; version: string }) =>
    ['launch-plans', 'detail', { project, domain, name, version }] as const,
  active: ({ project, domain, name }: EntityScope & { name: string }) =>
    ['launch-plans', 'active', { project, domain, name }] as const,
  ofWorkflow: ({ project, domain, workflow }: EntityScope & { workflow: string }) =>
    ['launch-plans', 'of-workflow', { project, domain, workflow }] as const,
};

export const taskKeys = {
  names: ({ project, domain, search, limit }: EntityScope & { search: string; limit: number }) =>
    ['task-names', 'list', { project, domain, search, limit }] as const,
  versions: ({ project, domain, name }: EntityScope & { name: string }) =>
    ['tasks', 'versions', { project, domain, name }] as const,
  detail: ({ project, domain, name, version }: EntityScope & { name: string; version: string }) =>
    ['tasks', 'detail', { project, domain, name, version }] as const,
};
