import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { BASENAME, routes } from '../config/paths';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';
import { BootStatus } from './boot-status';
import { CallbackPage } from '../auth/pages/callback-page';
import { LogoutPage } from '../auth/pages/logout-page';
import { SignedOutPage } from '../auth/pages/signed-out-page';
import { RequireSession } from '../auth/sign-in/require-session';

// Views load with their route so the login shell stays small.
const routeObjects: RouteObject[] = [
  {
    path: routes.callback,
    element: <CallbackPage preload={preloadRoute} />,
    errorElement: <RouteErrorPage />,
  },
  { path: routes.logout, element: <LogoutPage />, errorElement: <RouteErrorPage /> },
  { path: routes.signedOut, element: <SignedOutPage />, errorElement: <RouteErrorPage /> },
  {
    // The session gate: nothing protected (layout included) renders before the session is known.
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    // Shown while the first view's code loads: the same calm status as the boot screen.
    hydrateFallbackElement: <BootStatus />,
    children: [
      {
        element: <Layout />,
        errorElement: <RouteErrorPage />,
        children: [
          {
            errorElement: <RouteErrorPage />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/projects/project-picker-page')).ProjectPickerPage,
                }),
              },
              {
                path: routes.workflows,
                lazy: async () => ({
                  Component: (await import('../features/workflows/workflow-list-page')).WorkflowListPage,
                }),
              },
              {
                path: routes.workflow,
                lazy: async () => ({
                  Component: (await import('./workflow-route')).WorkflowRoute,
                }),
              },
              {
                path: routes.executions,
                lazy: async () => ({
                  Component: (await import('../features/executions/execution-list-page')).ExecutionListPage,
                }),
              },
              {
                path: routes.execution,
                lazy: async () => ({
                  Component: (await import('./execution-route')).ExecutionRoute,
                }),
              },
              {
                path: routes.tasks,
                lazy: async () => ({
                  Component: (await import('../features/catalog/task-list-page')).TaskListPage,
                }),
              },
              {
                path: routes.launchPlans,
                lazy: async () => ({
                  Component: (await import('../features/catalog/launch-plan-list-page')).LaunchPlanListPage,
                }),
              },
              ...[routes.task, routes.taskVersion].map((path) => ({
                path,
                lazy: async () => ({ Component: (await import('../features/launch/task-page')).TaskPage }),
              })),
              ...[routes.launchPlan, routes.launchPlanVersion].map((path) => ({
                path,
                lazy: async () => ({
                  Component: (await import('../features/launch/launch-plan-page')).LaunchPlanPage,
                }),
              })),
              {
                path: routes.workflowVersion,
                lazy: async () => ({ Component: (await import('./workflow-route')).WorkflowRoute }),
              },
              {
                path: routes.authSettings,
                lazy: async () => ({
                  Component: (await import('../auth/pages/auth-settings-page')).AuthSettingsPage,
                }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

/** Loads the code of the view at a router path ahead of navigation; the router later finds it cached. */
function preloadRoute(path: string): void {
  for (const match of matchRoutes(routeObjects, path) ?? []) {
    const { lazy } = match.route;
    if (typeof lazy === 'function') void lazy().catch(() => undefined);
  }
}

export function createAppRouter(options: { basename?: string; memory?: boolean } = {}) {
  return createBrowserRouter(routeObjects, { basename: options.basename ?? BASENAME });
}

export { routeObjects };
