import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Fixture } from './load.js';

/** One request as a client could send it: raw body bytes and headers. */
export interface HostileRequest {
  body: string | Uint8Array;
  headers: Record<string, string>;
  /** The idempotency key it carries, if any (a 2xx means it must be stored). */
  key: string | null;
}

/** Text a database or a JavaScript object would choke on, beside plain junk. */
const nastyText = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '$where',
    'a.b',
    '',
    '__proto__',
    'constructor',
    '\ud800',
    '\uffff',
    '🙂',
    '‮rtl',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 257, maxLength: 400 }),
);

/** A value nested up to `levels` deep, as text (JSON.stringify itself overflows beyond a few thousand). */
const nested = fc
  .tuple(fc.integer({ min: 1, max: 6_000 }), fc.constantFrom('{"a":', '[', '{"$x":', '[[', '{"":'))
  .map(([levels, open]) => {
    const close = open.startsWith('[') ? ']'.repeat(open.length) : '}';
    return `${open.repeat(levels)}1${close.repeat(levels)}`;
  });

const nastyValue = fc.oneof(
  nastyText.map((t) => JSON.stringify(t)),
  fc.constantFrom(
    '1e999',
    '-1e999',
    '1e-999',
    '-0',
    '9007199254740993',
    'NaN',
    'Infinity',
    'null',
    'true',
    '[[1]]',
    '[[]]',
    '{}',
  ),
  nested,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.dictionary(nastyText, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }).map((v) => JSON.stringify(v)),
);

/** Where in an otherwise valid answer the hostile part goes. */
const FIELDS = [
  'score',
  'comment',
  'locale',
  'surveyId',
  'publicKey',
  'respondent',
  'context',
  'answeredAt',
  'idempotencyKey',
] as const;

const hostileKey = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', 'not-a-uuid', randomUUID().toUpperCase(), `${randomUUID()} `, 'x'.repeat(5_000)),
  fc.uuid(),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain;charset=UTF-8',
  'application/json; charset=utf-16',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
);

/** A hostile request: a valid answer with one field (or a trait, or the whole body) replaced. */
export function hostileRequests(fixture: Fixture): fc.Arbitrary<HostileRequest> {
  const valid = { publicKey: fixture.publicKey, surveyId: fixture.surveyId, score: 4, locale: 'en' };
  const validText = JSON.stringify(valid).slice(0, -1);
  const body = fc.oneof(
    // One field replaced by something hostile.
    fc.tuple(fc.constantFrom(...FIELDS), nastyValue).map(([field, value]) => {
      const rest = Object.entries(valid)
        .filter(([k]) => k !== field)
        .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
      return `{${[...rest, `${JSON.stringify(field)}:${value}`].join(',')}}`;
    }),
    // A trait with a hostile key or value.
    fc
      .tuple(nastyText, nastyValue)
      .map(([key, value]) => `${validText},"respondent":{"traits":{${JSON.stringify(key)}:${value}}}}`),
    // A hostile extra key at the top.
    fc.tuple(nastyText, nastyValue).map(([key, value]) => `${validText},${JSON.stringify(key)}:${value}}`),
    // Not an answer at all, or not JSON.
    nastyValue,
    fc.constantFrom('', '{', '{"score":', '\ufeff{}', `${validText}`, `${validText}}}`, '{"a":1}garbage'),
    fc.uint8Array({ maxLength: 300 }),
  );
  return fc.record({ body, key: hostileKey, contentType }).map(({ body, key, contentType }) => ({
    body,
    key: key === null || key.length > 100 ? null : key,
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(key !== null ? { 'idempotency-key': key } : {}),
    },
  }));
}
