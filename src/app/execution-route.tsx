import { ExecutionPage } from '../features/executions/execution-page';
import { RecoverExecution } from '../features/launch/recover-execution';
import { RelaunchExecution } from '../features/launch/relaunch-execution';

// Features never import each other: the app puts the launch feature's controls into the pages that offer them.
// One file per route, so each route loads only its own page (the launch form they share is a chunk of its own).

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
