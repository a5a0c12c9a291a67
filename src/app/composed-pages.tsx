import { ExecutionPage } from '../features/executions/execution-page';
import { LaunchWorkflow } from '../features/launch/launch-workflow';
import { RecoverExecution } from '../features/launch/recover-execution';
import { RelaunchExecution } from '../features/launch/relaunch-execution';
import { WorkflowPage } from '../features/workflows/workflow-page';

// Features never import each other: the app puts the launch feature's controls into the pages that offer them.

export function WorkflowRoute() {
  return <WorkflowPage launch={<LaunchWorkflow />} />;
}

export function ExecutionRoute() {
  return (
    <ExecutionPage
      actions={
        <>
          <RecoverExecution />
          <RelaunchExecution />
        </>
      }
    />
  );
}
