import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readableLiteral } from './literal-format';
import { literalTypeText } from './literal-type-text';
import { LiteralMapView } from './literal-view';

const scalar = (s: unknown) => ({ scalar: s, hash: '', metadata: {} });

describe('readableLiteral', () => {
  it('reads primitives as text', () => {
    expect(readableLiteral(scalar({ primitive: { integer: '42' } }))).toEqual({
      kind: 'primitive',
      text: '42',
    });
    expect(readableLiteral(scalar({ primitive: { float_value: 1.5 } }))).toEqual({
      kind: 'primitive',
      text: '1.5',
    });
    expect(readableLiteral(scalar({ primitive: { string_value: '' } }))).toEqual({
      kind: 'primitive',
      text: '',
    });
    expect(readableLiteral(scalar({ primitive: { boolean: false } }))).toEqual({
      kind: 'primitive',
      text: 'false',
    });
    expect(readableLiteral(scalar({ primitive: { datetime: '2024-01-01T00:00:00Z' } }))).toEqual({
      kind: 'primitive',
      text: '2024-01-01T00:00:00Z',
    });
    expect(readableLiteral(scalar({ primitive: { duration: '3s' } }))).toEqual({
      kind: 'primitive',
      text: '3s',
    });
  });

  it('reads collections, maps, none and unions', () => {
    const list = {
      collection: { literals: [scalar({ primitive: { integer: '1' } }), scalar({ none_type: {} })] },
    };
    expect(readableLiteral(list)).toEqual({
      kind: 'collection',
      items: [{ kind: 'primitive', text: '1' }, { kind: 'none' }],
    });
    const map = { map: { literals: { a: scalar({ primitive: { string_value: 'x' } }) } } };
    expect(readableLiteral(map)).toEqual({ kind: 'map', entries: [['a', { kind: 'primitive', text: 'x' }]] });
    const union = scalar({
      union: { value: scalar({ primitive: { integer: '7' } }), type: { simple: 'INTEGER' } },
    });
    expect(readableLiteral(union)).toEqual({ kind: 'primitive', text: '7' });
  });

  it('reads blobs and structured datasets as URIs with their format', () => {
    const blob = scalar({
      blob: { uri: 's3://b/f.csv', metadata: { type: { format: 'csv', dimensionality: 'SINGLE' } } },
    });
    expect(readableLiteral(blob)).toEqual({
      kind: 'blob',
      uri: 's3://b/f.csv',
      format: 'csv',
      directory: false,
    });
    const dir = scalar({
      blob: { uri: 's3://b/d/', metadata: { type: { format: '', dimensionality: 'MULTIPART' } } },
    });
    expect(readableLiteral(dir)).toMatchObject({ kind: 'blob', directory: true });
    const sd = scalar({
      structured_dataset: {
        uri: 's3://b/sd',
        metadata: { structured_dataset_type: { format: 'parquet', columns: [{ name: 'a' }, { name: 'b' }] } },
      },
    });
    expect(readableLiteral(sd)).toEqual({
      kind: 'dataset',
      uri: 's3://b/sd',
      format: 'parquet',
      columns: ['a', 'b'],
    });
  });

  it('never throws on unknown or hostile shapes', () => {
    expect(readableLiteral(null)).toEqual({ kind: 'unknown', text: 'null' });
    expect(readableLiteral({ weird: 1 })).toMatchObject({ kind: 'unknown' });
    expect(readableLiteral(scalar({ primitive: {} }))).toMatchObject({ kind: 'unknown' });
    let deep: unknown = scalar({ primitive: { integer: '1' } });
    for (let i = 0; i < 100; i++) deep = { collection: { literals: [deep] } };
    expect(() => readableLiteral(deep)).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readableLiteral(cyclic)).toMatchObject({ kind: 'unknown' });
  });
});

describe('literalTypeText', () => {
  it('names types the way a person reads them', () => {
    expect(literalTypeText({ simple: 'INTEGER' })).toBe('integer');
    expect(literalTypeText({ simple: 2 })).toBe('float');
    expect(literalTypeText({ collection_type: { simple: 'STRING' } })).toBe('list<string>');
    expect(literalTypeText({ map_value_type: { collection_type: { simple: 'FLOAT' } } })).toBe(
      'dict<string, list<float>>',
    );
    expect(literalTypeText({ blob: { format: 'csv', dimensionality: 'SINGLE' } })).toBe('file (csv)');
    expect(literalTypeText({ blob: { format: '', dimensionality: 'MULTIPART' } })).toBe('directory');
    expect(literalTypeText({ enum_type: { values: ['A', 'B'] } })).toBe('enum {A, B}');
    expect(
      literalTypeText({
        structured_dataset_type: { format: 'parquet', columns: [{ name: 'x' }, { name: 'y' }] },
      }),
    ).toBe('structured dataset (parquet: x, y)');
    expect(literalTypeText({ union_type: { variants: [{ simple: 'INTEGER' }, { simple: 'NONE' }] } })).toBe(
      'integer | none',
    );
    expect(literalTypeText({ simple: 'STRUCT' })).toBe('struct');
    expect(literalTypeText(null)).toBe('unknown type');
    expect(literalTypeText({})).toBe('unknown type');
  });
});

describe('LiteralMapView', () => {
  it('renders values as text, never as HTML, and URIs as text not links', () => {
    render(
      <LiteralMapView
        empty="none"
        literals={{
          html: scalar({ primitive: { string_value: '<img src=x onerror=alert(1)>' } }),
          file: scalar({ blob: { uri: 's3://b/f.csv', metadata: { type: { format: 'csv' } } } }),
          cfg: scalar({ generic: { a: 1 } }),
          nums: { collection: { literals: [scalar({ primitive: { integer: '1' } })] } },
        }}
      />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('s3://b/f.csv').closest('a')).toBeNull();
    expect(screen.getByText(/"a": 1/)).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['html', 'file', 'cfg', 'nums']);
  });

  it('shows the empty text when there are no literals', () => {
    render(<LiteralMapView literals={{}} empty="No inputs." />);
    expect(screen.getByText('No inputs.')).toBeInTheDocument();
  });
});

describe('LiteralMapView paging', () => {
  const ints = (n: number) =>
    Array.from({ length: n }, (_, i) => scalar({ primitive: { integer: String(i) } }));

  it('draws the first 100 items of a 200,000-item collection and more on request', async () => {
    const user = userEvent.setup();
    render(<LiteralMapView empty="none" literals={{ big: { collection: { literals: ints(200_000) } } }} />);
    expect(document.querySelectorAll('.literal-list > li')).toHaveLength(100);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 100 of 200,000.');
    await user.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(document.querySelectorAll('.literal-list > li')).toHaveLength(200);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 200 of 200,000.');
    expect(document.querySelectorAll('li').length).toBeLessThan(1000);
  });

  it('pages the entries of a large map and drops the button once everything is shown', async () => {
    const user = userEvent.setup();
    const literals = Object.fromEntries(ints(150).map((l, i) => [`k${i}`, l]));
    render(<LiteralMapView empty="none" literals={literals} />);
    expect(screen.getAllByRole('term')).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(screen.getAllByRole('term')).toHaveLength(150);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });
});
