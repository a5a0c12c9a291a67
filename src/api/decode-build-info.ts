import { obj, str, type Decoder } from './decode';
import type { BuildInfo } from './types/build-info';

/** The build's own version.json (deploy/version-json.ts); anything else, e.g. an index.html fallback, is refused. */
export const buildInfo: Decoder<BuildInfo> = obj({ version: str, commit: str, builtAt: str });
