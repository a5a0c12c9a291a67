import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Fields the Kubernetes API does not know, found by walking an object along kubernetes-models' type
 * declarations (its JSON-schema validators accept unknown fields, so a misspelt `readinessprobe` would pass).
 * This is what `kubectl apply --validate=strict` refuses.
 */
const MODELS = resolve('node_modules');
const cache = new Map<string, { fields: Map<string, string>; types: Map<string, string> }>();

function declarations(file: string) {
  const cached = cache.get(file);
  if (cached) return cached;
  const text = readFileSync(file, 'utf8');
  const types = new Map<string, string>();
  for (const [, names = '', from = ''] of text.matchAll(/^import \{ ([^}]+) \} from "([^"]+)";$/gm)) {
    const target = from.startsWith('.') ? join(dirname(file), `${from}.d.ts`) : join(MODELS, `${from}.d.ts`);
    for (const name of names.split(',').map((n) => n.trim())) types.set(name, target);
  }
  const body = /^export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}/m.exec(text)?.[1] ?? '';
  const fields = new Map<string, string>();
  // One property per line; a map type (`{ [key: string]: string }`) opens a block on the same line.
  for (const [, name = '', type = ''] of body.matchAll(/^ {4}"([^"]+)"\??: (.*?);?$/gm))
    fields.set(name, type);
  const parsed = { fields, types };
  cache.set(file, parsed);
  return parsed;
}

function walk(value: unknown, file: string, path: string, found: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const { fields, types } = declarations(file);
  for (const [key, child] of Object.entries(value)) {
    const type = fields.get(key);
    if (type === undefined) {
      found.push(`${path}.${key}`);
      continue;
    }
    const element = /^Array<(\w+)>$/.exec(type)?.[1];
    const target = types.get(element ?? type);
    if (!target || !existsSync(target)) continue; // a scalar, a map or IntOrString: nothing to walk
    if (element && Array.isArray(child))
      child.forEach((item, i) => walk(item, target, `${path}.${key}[${i}]`, found));
    else if (!element) walk(child, target, `${path}.${key}`, found);
  }
}

/** `model` is the kubernetes-models path, e.g. "apps/v1/Deployment" or "v1/Probe". */
export function unknownFields(value: unknown, model: string): string[] {
  const file = join(MODELS, 'kubernetes-models', `${model}.d.ts`);
  if (!existsSync(file)) throw new Error(`no type declarations for ${model}`);
  const found: string[] = [];
  walk(value, file, model.split('/').pop() ?? model, found);
  return found;
}
