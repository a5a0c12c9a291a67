import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureChromium } from './chromium.ts';
import { ensureNginx } from './nginx.ts';

/**
 * `npm run test:e2e`: finds (or, as root on Debian, installs) Chromium and nginx, builds the console once, then runs every
 * test/e2e/*.test.ts with node's test runner. Extra arguments are passed to it (e.g. a single file).
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let chromiumPath: string;
let nginxPath: string;
try {
  chromiumPath = ensureChromium();
  // The deployment tests (nginx.test.ts) serve the console through Debian's nginx with deploy/nginx/.
  nginxPath = ensureNginx();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!process.argv.includes('--no-build')) run('./node_modules/.bin/vite', ['build', '--logLevel', 'warn']);

const requested = process.argv.slice(2).filter((arg) => arg !== '--no-build');
const files =
  requested.length > 0
    ? requested
    : readdirSync('test/e2e')
        .filter((name) => name.endsWith('.test.ts'))
        .sort()
        .map((name) => `test/e2e/${name}`);

// Each file starts its own servers and browser; two at a time fits a 2-core machine.
run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  ...process.env,
  CHROMIUM_PATH: chromiumPath,
  NGINX_PATH: nginxPath,
});
