import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import type { ExecutionId } from './decode-common';
import { executionQueryOptions } from './execution';
import { executionListScope } from './executions';
import { adminPath } from './list-query';
import { nodeExecutionsQueryOptions } from './node-executions';

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
        queryClient.invalidateQueries({ queryKey: executionQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: nodeExecutionsQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: executionListScope(id.project, id.domain) }),
      ]),
  });
}
