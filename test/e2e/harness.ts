// One import for e2e tests: the browser, the console server alone, and the full stack with the sandbox.
export { launchBrowser, type TestBrowser } from './browser.ts';
export { startStack, DIST_DIR, type CspContext, type Stack, type StackOptions } from './stack.ts';
export { startConsoleServer, type ConsoleServer } from '../sandbox/console-server.ts';
