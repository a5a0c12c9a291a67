// One import for e2e tests: the browser, the console server alone, the full stack with the sandbox, and the
// hooks that start and close them.
export { launchBrowser, type TestBrowser } from './browser.ts';
export { startStack, DIST_DIR, type CspContext, type Stack, type StackOptions } from './stack.ts';
export { startConsoleServer, type ConsoleServer } from '../sandbox/console-server.ts';
export { useFixtures, useStack, withFixture } from './use-stack.ts';
