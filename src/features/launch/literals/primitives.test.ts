import { describe, expect, it } from 'vitest';
import { errorOf, roundTrip, simple } from '../../../../test/unit/literal-round-trip';

// Literal shapes follow flyteidl core/literals.proto (Primitive oneof `value`) in the admin's snake_case JSON.
describe('primitive literals', () => {
  it('integer: Primitive.integer is an int64, sent as a JSON string', () => {
    const { literal, readable, back } = roundTrip(' 9007199254740993 ', simple('INTEGER'));
    expect(literal).toEqual({ scalar: { primitive: { integer: '9007199254740993' } } });
    expect(readable).toEqual({ kind: 'primitive', text: '9007199254740993' });
    expect(back).toBe('9007199254740993');
    expect(errorOf('4.2', simple('INTEGER'))).toBe('Enter a whole number, like 42.');
    expect(errorOf('9223372036854775808', simple('INTEGER'))).toMatch(/too large/);
  });

  it('float: Primitive.float_value is a double (JSON number)', () => {
    const { literal, readable } = roundTrip('1e-3', simple('FLOAT'));
    expect(literal).toEqual({ scalar: { primitive: { float_value: 0.001 } } });
    expect(readable).toEqual({ kind: 'primitive', text: '0.001' });
    expect(errorOf('abc', simple('FLOAT'))).toBe('Enter a number, like 0.5 or 1e-3.');
  });

  it('string: Primitive.string_value keeps the text as typed', () => {
    const { literal, readable } = roundTrip('  hello world ', simple('STRING'));
    expect(literal).toEqual({ scalar: { primitive: { string_value: '  hello world ' } } });
    expect(readable).toEqual({ kind: 'primitive', text: '  hello world ' });
  });

  it('boolean: Primitive.boolean', () => {
    expect(roundTrip('true', simple('BOOLEAN')).literal).toEqual({
      scalar: { primitive: { boolean: true } },
    });
    expect(roundTrip('False', simple('BOOLEAN')).readable).toEqual({ kind: 'primitive', text: 'false' });
    expect(errorOf('yes', simple('BOOLEAN'))).toBe('Enter true or false.');
  });

  it('datetime: Primitive.datetime is a Timestamp in RFC 3339 UTC', () => {
    const { literal, readable } = roundTrip('2024-05-01T14:30:00+02:00', simple('DATETIME'));
    expect(literal).toEqual({ scalar: { primitive: { datetime: '2024-05-01T12:30:00Z' } } });
    expect(readable).toEqual({ kind: 'primitive', text: '2024-05-01T12:30:00Z' });
    expect(roundTrip('2024-05-01', simple('DATETIME')).literal).toEqual({
      scalar: { primitive: { datetime: '2024-05-01T00:00:00Z' } },
    });
    expect(roundTrip('2024-05-01T00:00:00.250Z', simple('DATETIME')).back).toBe('2024-05-01T00:00:00.250Z');
    expect(errorOf('yesterday', simple('DATETIME'))).toMatch(/ISO 8601/);
    expect(errorOf('2024-05-01T10:00:00', simple('DATETIME'))).toMatch(/time zone/);
  });

  it('duration: Primitive.duration is a Duration ("5400s") typed as 1h30m, 90s, 250ms or PT1H', () => {
    const { literal, readable, back } = roundTrip('1h30m', simple('DURATION'));
    expect(literal).toEqual({ scalar: { primitive: { duration: '5400s' } } });
    expect(readable).toEqual({ kind: 'primitive', text: '5400s' });
    expect(back).toBe('1h30m');
    expect(roundTrip('250ms', simple('DURATION')).literal).toEqual({
      scalar: { primitive: { duration: '0.25s' } },
    });
    expect(roundTrip('PT1M0.5S', simple('DURATION')).back).toBe('1m0.5s');
    expect(roundTrip('90s', simple('DURATION')).back).toBe('1m30s');
    expect(errorOf('an hour', simple('DURATION'))).toMatch(/90s, 1h30m/);
  });

  it('none: Scalar.none_type, whatever is typed', () => {
    const { literal, readable } = roundTrip('', simple('NONE'));
    expect(literal).toEqual({ scalar: { none_type: {} } });
    expect(readable).toEqual({ kind: 'none' });
  });
});
