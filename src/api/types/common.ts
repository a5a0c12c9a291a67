/** Domain shapes shared by every resource. Decoders (src/api/decode-*.ts) map the admin's snake_case JSON here. */
export interface Identifier {
  resourceType: string;
  project: string;
  domain: string;
  name: string;
  version: string;
}

export interface ExecutionId {
  project: string;
  domain: string;
  name: string;
}

/** A workflow's, task's or launch plan's name without a version (what `/workflow_ids` lists). */
export interface NamedEntityId {
  project: string;
  domain: string;
  name: string;
}

export interface Page<T> {
  items: T[];
  /** The offset of the next page, or "" when the last page came back. */
  token: string;
}
