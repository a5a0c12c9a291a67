import type { LaunchOptions } from '../../api/types/launch';

/** The advanced options as the person edits them: key=value lines for maps, text for numbers. */
export interface OptionsDraft {
  name: string;
  labels: string;
  annotations: string;
  envs: string;
  rawOutputPrefix: string;
  serviceAccount: string;
  maxParallelism: string;
  interruptible: 'default' | 'true' | 'false';
  overwriteCache: boolean;
}

export type OptionKey = keyof OptionsDraft;

/** No settings: what a task launched directly starts from (it has no launch plan of its own yet). */
export const NO_OPTIONS: LaunchOptions = {
  labels: {},
  annotations: {},
  envs: [],
  rawOutputPrefix: '',
  serviceAccount: '',
  maxParallelism: 0,
  interruptible: null,
  overwriteCache: false,
};

const lines = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${v}`).join('\n');

export function draftFromOptions(o: LaunchOptions): OptionsDraft {
  return {
    name: '',
    labels: lines(Object.entries(o.labels)),
    annotations: lines(Object.entries(o.annotations)),
    envs: lines(o.envs.map((e) => [e.key, e.value])),
    rawOutputPrefix: o.rawOutputPrefix,
    serviceAccount: o.serviceAccount,
    maxParallelism: o.maxParallelism > 0 ? String(o.maxParallelism) : '',
    interruptible: o.interruptible === null ? 'default' : o.interruptible ? 'true' : 'false',
    overwriteCache: o.overwriteCache,
  };
}

function parsePairs(text: string): [string, string][] | string {
  const pairs: [string, string][] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!key || /\s/.test(key)) return `Line ${i + 1}: write key=value, one pair per line.`;
    pairs.push([key, line.slice(eq + 1).trim()]);
  }
  return pairs;
}

/** execution_validator.go:20-22 and :128-140: names are lower-case Kubernetes label values. */
const NAME = /^[a-z][a-z\-0-9]*$/;

export function optionsFromDraft(d: OptionsDraft): {
  name: string;
  options: LaunchOptions;
  errors: Partial<Record<OptionKey, string>>;
} {
  const errors: Partial<Record<OptionKey, string>> = {};
  const name = d.name.trim();
  if (name && (!NAME.test(name) || name.length > 63))
    errors.name = 'Use lower-case letters, digits and dashes, starting with a letter (at most 63).';
  const read = (key: 'labels' | 'annotations' | 'envs') => {
    const parsed = parsePairs(d[key]);
    if (typeof parsed === 'string') {
      errors[key] = parsed;
      return [];
    }
    return parsed;
  };
  const labels = read('labels');
  const annotations = read('annotations');
  const envs = read('envs');
  const parallelism = d.maxParallelism.trim();
  if (parallelism && !/^\d+$/.test(parallelism)) errors.maxParallelism = 'Enter a whole number of 0 or more.';
  const prefix = d.rawOutputPrefix.trim();
  if (prefix && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(prefix))
    errors.rawOutputPrefix = 'Enter a URI prefix, like s3://bucket/raw-data.';
  return {
    name,
    errors,
    options: {
      labels: Object.fromEntries(labels),
      annotations: Object.fromEntries(annotations),
      envs: envs.map(([key, value]) => ({ key, value })),
      rawOutputPrefix: prefix,
      serviceAccount: d.serviceAccount.trim(),
      maxParallelism: parallelism ? Number(parallelism) : 0,
      interruptible: d.interruptible === 'default' ? null : d.interruptible === 'true',
      overwriteCache: d.overwriteCache,
    },
  };
}
