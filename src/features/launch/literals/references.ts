import { child, fail, ok, scalar, type Conversion, type Literal, type LiteralType } from './literal-json';

/** Object-store URIs (s3://, gs://, abfs://, file://) or absolute local paths, as flytekit accepts them. */
const URI = /^([a-z][a-z0-9+.-]*:\/\/\S+|\/\S*)$/i;

export type ReferenceKind = 'blob' | 'multipart' | 'dataset' | 'schema';

const HINT: Record<ReferenceKind, string> = {
  blob: 'Enter the file URI, like s3://bucket/path/file.csv.',
  multipart: 'Enter the directory URI, like s3://bucket/path/dir/.',
  dataset: 'Enter the dataset URI, like s3://bucket/path/data.parquet.',
  schema: 'Enter the schema URI, like s3://bucket/path/schema.',
};

/**
 * Blobs, structured datasets and schemas are references to data, entered as a URI. The declared type travels
 * with the value (Blob.metadata.type, StructuredDataset.metadata.structured_dataset_type, Schema.type): the
 * admin derives the literal's type from it and checks the format against the interface (typing.go:184-199).
 */
export function parseReference(text: string, type: LiteralType, kind: ReferenceKind): Conversion {
  const uri = text.trim();
  if (!URI.test(uri)) return fail(HINT[kind]);
  switch (kind) {
    case 'blob':
    case 'multipart':
      return ok(scalar({ blob: { metadata: { type: child(type, 'blob') ?? {} }, uri } }));
    case 'dataset':
      return ok(
        scalar({
          structured_dataset: {
            uri,
            metadata: { structured_dataset_type: child(type, 'structured_dataset_type') ?? {} },
          },
        }),
      );
    case 'schema':
      return ok(scalar({ schema: { uri, type: child(type, 'schema') ?? {} } }));
  }
}

export function formatReference(literal: Literal): string | null {
  const s = child(literal, 'scalar');
  const holder = child(s, 'blob') ?? child(s, 'structured_dataset') ?? child(s, 'schema');
  return typeof holder?.uri === 'string' ? holder.uri : null;
}
