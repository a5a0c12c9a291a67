import { describe, expect, it } from 'vitest';
import { literalToValue, valueToLiteral } from './convert';
import { errorOf, roundTrip, simple } from '../../../../test/unit/literal-round-trip';

const blob = (format: string, dimensionality = 'SINGLE') => ({ blob: { format, dimensionality } });
const intTag = { simple: 'INTEGER', structure: { tag: 'int' } };
const strTag = { simple: 'STRING', structure: { tag: 'str' } };
const noneTag = { simple: 'NONE', structure: { tag: 'none' } };

// flyteidl core/literals.proto (Scalar, Blob, StructuredDataset, Schema, Union, LiteralCollection, LiteralMap)
// and core/types.proto (the declared LiteralType that blobs, datasets and unions carry along).
describe('structured literals', () => {
  it('struct: Scalar.generic is a protobuf Struct (a JSON object)', () => {
    const { literal, readable } = roundTrip('{"batch": 8, "opt": {"name": "adam"}}', simple('STRUCT'));
    expect(literal).toEqual({ scalar: { generic: { batch: 8, opt: { name: 'adam' } } } });
    expect(readable.kind).toBe('struct');
    expect(errorOf('[1]', simple('STRUCT'))).toMatch(/JSON object/);
    expect(errorOf('{oops', simple('STRUCT'))).toMatch(/not valid JSON/);
  });

  it('binary: not enterable, and the message shows the flytectl way', () => {
    expect(errorOf('AAEC', simple('BINARY'))).toMatch(/flytectl create execution/);
  });

  it('blob: Blob.uri with metadata.type as declared (format and SINGLE/MULTIPART)', () => {
    const file = roundTrip('s3://bucket/data.csv', blob('csv'));
    expect(file.literal).toEqual({
      scalar: {
        blob: {
          metadata: { type: { format: 'csv', dimensionality: 'SINGLE' } },
          uri: 's3://bucket/data.csv',
        },
      },
    });
    expect(file.readable).toEqual({
      kind: 'blob',
      uri: 's3://bucket/data.csv',
      format: 'csv',
      directory: false,
    });
    const dir = roundTrip('gs://bucket/models/', blob('', 'MULTIPART'));
    expect(dir.readable).toEqual({ kind: 'blob', uri: 'gs://bucket/models/', format: '', directory: true });
    expect(errorOf('data.csv', blob('csv'))).toMatch(/file URI/);
  });

  it('structured dataset and schema: URI plus the declared type', () => {
    const sdType = {
      structured_dataset_type: {
        format: 'parquet',
        columns: [{ name: 'id', literal_type: simple('INTEGER') }],
      },
    };
    const sd = roundTrip('s3://b/t.parquet', sdType);
    expect(sd.literal).toEqual({
      scalar: {
        structured_dataset: {
          uri: 's3://b/t.parquet',
          metadata: { structured_dataset_type: sdType.structured_dataset_type },
        },
      },
    });
    expect(sd.readable).toEqual({
      kind: 'dataset',
      uri: 's3://b/t.parquet',
      format: 'parquet',
      columns: ['id'],
    });
    const schema = roundTrip('s3://b/s', { schema: { columns: [] } });
    expect(schema.literal).toEqual({ scalar: { schema: { uri: 's3://b/s', type: { columns: [] } } } });
    expect(schema.readable).toEqual({ kind: 'dataset', uri: 's3://b/s', format: 'schema', columns: [] });
  });

  it('collection and map: JSON arrays and objects, nested, each item converted by its type', () => {
    const listOfMaps = { collection_type: { map_value_type: simple('DURATION') } };
    const { literal, readable, back } = roundTrip('[{"a": "90s"}, {}]', listOfMaps);
    expect(literal).toEqual({
      collection: {
        literals: [
          { map: { literals: { a: { scalar: { primitive: { duration: '90s' } } } } } },
          { map: { literals: {} } },
        ],
      },
    });
    expect(readable.kind).toBe('collection');
    expect(back).toBe('[{"a":"1m30s"},{}]');
    const ints = roundTrip('[1, "9007199254740993"]', { collection_type: simple('INTEGER') });
    expect(ints.back).toBe('[1,"9007199254740993"]');
    expect(errorOf('[1, 2.5]', { collection_type: simple('INTEGER') })).toBe(
      '[1]: Enter a whole number, like 42.',
    );
    expect(errorOf('{"k": "x"}', { map_value_type: simple('FLOAT') })).toBe('.k: expected a number.');
    expect(errorOf('{"k": 1}', { collection_type: simple('INTEGER') })).toMatch(/JSON array/);
  });

  it('enum: a string primitive that must be one of the declared values', () => {
    const type = { enum_type: { values: ['red', 'green'] } };
    expect(roundTrip('green', type).literal).toEqual({ scalar: { primitive: { string_value: 'green' } } });
    expect(errorOf('blue', type)).toBe('Choose one of red, green.');
  });

  it('union: Scalar.union {value, type} with the chosen variant type, tag included', () => {
    const type = { union_type: { variants: [intTag, strTag] } };
    const literal = valueToLiteral({ text: '42', variant: 0 }, type);
    expect(literal).toEqual({
      ok: true,
      literal: { scalar: { union: { value: { scalar: { primitive: { integer: '42' } } }, type: intTag } } },
    });
    if (!literal.ok) return;
    expect(literalToValue(literal.literal, type)).toEqual({ text: '42', variant: 0 });
    expect(valueToLiteral({ text: 'x', variant: 0 }, type)).toEqual({
      ok: false,
      error: 'Enter a whole number, like 42.',
    });
    expect(roundTrip('"text"', type).readable).toEqual({ kind: 'primitive', text: 'text' });
  });

  it('optional: a union with none; leaving it empty sends the none variant as flytekit does', () => {
    const type = { union_type: { variants: [strTag, noneTag] } };
    const none = valueToLiteral({ text: '', variant: 1 }, type);
    expect(none).toEqual({
      ok: true,
      literal: { scalar: { union: { value: { scalar: { none_type: {} } }, type: noneTag } } },
    });
    if (none.ok) expect(literalToValue(none.literal, type)).toEqual({ text: '', variant: 1 });
  });
});
