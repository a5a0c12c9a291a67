import { entityNamesQueryOptions, NAME_WINDOW, useEntityNames, type EntityNamesParams } from './entity-names';

/** Workflow names of a project/domain: `/named_entities/WORKFLOW/...` (see entity-names.ts for the admin's rules). */
export const WORKFLOW_WINDOW = NAME_WINDOW;

export const workflowNamesQueryOptions = (params: EntityNamesParams) =>
  entityNamesQueryOptions('WORKFLOW', params);

export const useWorkflowNames = (params: EntityNamesParams) => useEntityNames('WORKFLOW', params);
