import { LaunchWorkflow } from '../features/launch/launch-workflow';
import { WorkflowPage } from '../features/workflows/workflow-page';

// Features never import each other: the app puts the launch feature's controls into the pages that offer them.
// One file per route, so each route loads only its own page (the launch form they share is a chunk of its own).

export function WorkflowRoute() {
  return <WorkflowPage launch={<LaunchWorkflow />} />;
}
