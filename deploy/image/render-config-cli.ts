import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderConfig } from './render-config';

/**
 * Entry point of the container's start-up (deploy/image/start.sh runs the bundled copy): reads the mounted
 * file or the environment, writes config.json and csp.conf into CONSOLE_RUNTIME_DIR, or prints every problem
 * and exits 1 so that the container stops before nginx serves a console that cannot work.
 */
const env = process.env;
const filePath = env.CONSOLE_CONFIG_FILE ?? '/etc/flyte-console/config.json';
const outDir = env.CONSOLE_RUNTIME_DIR ?? '/tmp/flyte-console';

const file = existsSync(filePath) ? { path: filePath, text: readFileSync(filePath, 'utf8') } : undefined;
if (!file && env.CONSOLE_CONFIG_FILE !== undefined) {
  console.error(`flyte-console: CONSOLE_CONFIG_FILE=${filePath} does not exist.`);
  process.exit(1);
}
const result = renderConfig({ env, file });
if (!result.ok) {
  console.error(`flyte-console: invalid configuration in ${result.source}; the console was not started.`);
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'config.json'), result.configJson);
writeFileSync(join(outDir, 'csp.conf'), result.cspConf);
console.log(`flyte-console: config.json from ${result.source} written to ${outDir}.`);
