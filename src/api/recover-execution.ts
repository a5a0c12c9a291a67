import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, obj } from './decode';
import { executionId } from './decode-common';
import type { ExecutionId } from './types/common';
import { executionKeys } from './query-keys';
import { adminPath } from './list-query';

const decodeCreated = obj({ id: executionId });

/**
 * ExecutionRecoverRequest (admin/execution.proto:70-81): a new execution of the same spec and inputs that
 * reuses the outputs of the nodes that succeeded in the original. The admin picks the name.
 */
async function recoverExecution(id: ExecutionId): Promise<ExecutionId> {
  const path = adminPath('executions', 'recover');
  const json = await adminFetch(path, {
    method: 'POST',
    body: { id: { project: id.project, domain: id.domain, name: id.name } },
  });
  return decodeResponse(decodeCreated, json, path).id;
}

export function useRecoverExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recoverExecution,
    onSuccess: (created) =>
      queryClient.invalidateQueries({ queryKey: executionKeys.listScope(created.project, created.domain) }),
  });
}
