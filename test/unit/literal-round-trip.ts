import { expect } from 'vitest';
import { readableLiteral, type Readable } from '../../src/components/literal-format';
import { literalToText, textToLiteral } from '../../src/features/launch/literals/convert';
import type { Literal, LiteralType } from '../../src/features/launch/literals/literal-json';

/** Test helper: text -> literal -> text -> literal must be stable, and the execution page must read the literal. */
export function roundTrip(
  text: string,
  type: LiteralType,
): { literal: Literal; readable: Readable; back: string } {
  const first = textToLiteral(text, type);
  if (!first.ok) throw new Error(`"${text}" did not convert: ${first.error}`);
  const back = literalToText(first.literal, type);
  expect(textToLiteral(back, type)).toEqual(first);
  return { literal: first.literal, readable: readableLiteral(first.literal), back };
}

export function errorOf(text: string, type: LiteralType): string {
  const result = textToLiteral(text, type);
  if (result.ok) throw new Error(`"${text}" unexpectedly converted`);
  return result.error;
}

export const simple = (name: string): LiteralType => ({ simple: name });
