import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, obj } from './decode';
import { executionId } from './decode-common';
import { adminPath } from './list-query';
import { executionKeys } from './query-keys';
import type { ExecutionId } from './types/common';

const decodeCreated = obj({ id: executionId });

/** Starts a new execution with the same inputs; the admin picks the new name. */
export async function relaunchExecution(id: ExecutionId): Promise<ExecutionId> {
  const path = adminPath('executions', 'relaunch');
  const json = await adminFetch(path, {
    method: 'POST',
    body: { id: { project: id.project, domain: id.domain, name: id.name }, name: '', overwrite_cache: false },
  });
  return decodeResponse(decodeCreated, json, path).id;
}

export function useRelaunchExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: relaunchExecution,
    // A new execution now heads the lists of its project/domain.
    onSuccess: (created) =>
      queryClient.invalidateQueries({ queryKey: executionKeys.listScope(created.project, created.domain) }),
  });
}
