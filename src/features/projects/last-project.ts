/**
 * The last project/domain someone worked in, so the home page can offer "continue" and the switcher can
 * preselect it. localStorage: it should survive a new tab or a restart; it holds no secret.
 */
export interface ProjectScope {
  project: string;
  domain: string;
}

const KEY = 'flyte-console.last-project';

export function readLastProject(): ProjectScope | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (
      typeof value === 'object' &&
      value !== null &&
      'project' in value &&
      'domain' in value &&
      typeof value.project === 'string' &&
      typeof value.domain === 'string' &&
      value.project &&
      value.domain
    ) {
      return { project: value.project, domain: value.domain };
    }
  } catch {
    // Unreadable or blocked storage: behave as if nothing was remembered.
  }
  return null;
}

export function rememberLastProject(scope: ProjectScope): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(scope));
  } catch {
    // Storage full or disabled (private mode): remembering is a convenience, not a requirement.
  }
}
