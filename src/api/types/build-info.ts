/** /console/version.json: which console build this origin serves (written by deploy/version-json.ts). */
export interface BuildInfo {
  version: string;
  commit: string;
  builtAt: string;
}
