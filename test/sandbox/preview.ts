import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { startConsoleServer } from './console-server.ts';

/**
 * `npm run preview`: serves the built dist/ like flyte-binary (under /console/, index.html fallback), with
 * dist/config.json (copied from public/) as the runtime configuration. PORT picks the port (default 8080).
 */
const distDir = resolve('dist');
const port = Number(process.env.PORT ?? 8080);
let configText: string | undefined;
try {
  configText = await readFile(resolve(distDir, 'config.json'), 'utf8');
} catch {
  configText = undefined;
}
const server = await startConsoleServer({ distDir, port, configText });
console.log(`Flyte Console (static build) at ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
