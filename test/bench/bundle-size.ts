import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './stats.ts';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface ChunkSize {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

export interface BundleReport {
  /** What index.html loads (the entry and its static imports, i.e. its modulepreloads): enough to leave for the IdP (kB). */
  loginShell: ChunkSize;
  /** The app that boot fetches alongside config and discovery (React DOM, router, query cache, auth shell) (kB). */
  app: ChunkSize;
  /** What each lazily loaded view adds on top of the login shell and the app (kB). */
  routes: Record<string, ChunkSize>;
  silentCallback: ChunkSize;
}

/** Static closure of a chunk: the files a browser must load for it (modulepreload follows the same edges). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(manifest, next, seen);
  return seen;
}

function measure(distDir: string, manifest: Manifest, keys: Iterable<string>): ChunkSize {
  const size = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  const files = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  for (const file of files) {
    const body = readFileSync(join(distDir, file));
    const bucket = file.endsWith('.css') ? size.css : size.js;
    bucket.raw += body.length;
    bucket.gzip += gzipSync(body, { level: 9 }).length;
  }
  return {
    js: { raw: kb(size.js.raw), gzip: kb(size.js.gzip) },
    css: { raw: kb(size.css.raw), gzip: kb(size.css.gzip) },
  };
}

const chunkName = (manifest: Manifest, key: string) =>
  (manifest[key]?.src ?? key).replace(/^src\//, '').replace(/\.tsx?$/, '');

export function measureBundle(distDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const shellKeys = closure(manifest, 'index.html');
  // Boot's dynamic imports are the app; the app's dynamic imports are the views.
  const appEntries = manifest['index.html']?.dynamicImports ?? [];
  const appKeys = new Set<string>();
  for (const key of appEntries) for (const k of closure(manifest, key)) if (!shellKeys.has(k)) appKeys.add(k);
  const routes: Record<string, ChunkSize> = {};
  const routeEntries = new Set([...appKeys].flatMap((key) => manifest[key]?.dynamicImports ?? []));
  for (const key of routeEntries) {
    if (appKeys.has(key) || shellKeys.has(key)) continue;
    const own = [...closure(manifest, key)].filter((k) => !shellKeys.has(k) && !appKeys.has(k));
    routes[chunkName(manifest, key)] = measure(distDir, manifest, own);
  }
  return {
    loginShell: measure(distDir, manifest, shellKeys),
    app: measure(distDir, manifest, appKeys),
    routes,
    silentCallback: measure(distDir, manifest, closure(manifest, 'silent-callback.html')),
  };
}
