import { describe, expect, it } from 'vitest';
import { BODY_SHAPE_LIMITS, findUnstorable } from './storable-body.js';

/** Built as text and parsed, as express.json does: JSON.stringify itself overflows at these depths. */
const nestedObjects = (levels: number) => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

describe('findUnstorable', () => {
  it('accepts an ordinary answer', () => {
    expect(
      findUnstorable({ score: 3, respondent: { traits: { plan: 'pro', seats: 4 } }, tags: ['a', 'b'] }),
    ).toBeNull();
  });

  it.each([
    ['a $ key', { a: { $gt: 1 } }, 'unsafe_key', ['a', '$gt']],
    ['a dotted key', { 'a.b': 1 }, 'unsafe_key', ['a.b']],
    ['an empty key', { '': 1 }, 'unsafe_key', ['']],
    ['a NUL in a key', { 'x\u0000': 1 }, 'unsafe_key', ['x\u0000']],
    ['a key too long', { ['k'.repeat(BODY_SHAPE_LIMITS.keyLength + 1)]: 1 }, 'unsafe_key', ['k'.repeat(257)]],
    ['a NUL in text', { comment: 'a\u0000' }, 'unsafe_value', ['comment']],
    ['Infinity', { score: JSON.parse('1e999') }, 'unsafe_value', ['score']],
    ['an array in an array', { list: [1, [2]] }, 'unsafe_value', ['list', 1]],
  ])('refuses %s, naming its path', (_what, body, code, path) => {
    expect(findUnstorable(body)).toMatchObject({ code, path });
  });

  it('refuses a __proto__ key that JSON.parse made an own property', () => {
    expect(findUnstorable(JSON.parse('{"x":{"__proto__":{"admin":true}}}'))).toMatchObject({
      code: 'unsafe_key',
    });
  });

  it('refuses nesting beyond the limit without overflowing the stack, even 100,000 levels deep', () => {
    expect(findUnstorable(nestedObjects(BODY_SHAPE_LIMITS.depth))).toBeNull();
    expect(findUnstorable(nestedObjects(BODY_SHAPE_LIMITS.depth + 1))).toMatchObject({
      code: 'body_too_complex',
    });
    expect(findUnstorable(nestedObjects(100_000))).toMatchObject({ code: 'body_too_complex' });
  });

  it('refuses more values than the limit', () => {
    expect(findUnstorable({ list: Array.from({ length: BODY_SHAPE_LIMITS.values }, () => 1) })).toMatchObject(
      {
        code: 'body_too_complex',
      },
    );
  });
});
