import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { adminPath } from './list-query';
import { executionKeys } from './query-keys';
import type { ExecutionId } from './types/common';

export interface TerminateInput {
  id: ExecutionId;
  cause: string;
}

/** DELETE with a body: the admin records the cause as the execution's abort metadata. */
export async function terminateExecution({ id, cause }: TerminateInput): Promise<void> {
  const path = adminPath('executions', id.project, id.domain, id.name);
  await adminFetch(path, { method: 'DELETE', body: { id, cause } });
}

export function useTerminateExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: terminateExecution,
    // The execution, its nodes and every list that shows it now change phase.
    onSuccess: (_result, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: executionKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: executionKeys.nodes(id) }),
        queryClient.invalidateQueries({ queryKey: executionKeys.listScope(id.project, id.domain) }),
      ]),
  });
}
