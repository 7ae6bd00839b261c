import type { RequestHandler } from 'express';
import { HttpError } from '../errors.js';

/** Far beyond any body Pulse accepts (an answer is 3 levels deep with at most 50 traits). */
export const BODY_SHAPE_LIMITS = { depth: 32, values: 10_000, keyLength: 256 } as const;

/** Keys JavaScript would read as an object's machinery rather than data. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];
interface Refusal {
  code: 'unsafe_key' | 'unsafe_value' | 'body_too_complex';
  message: string;
  path: Path;
}

function keyProblem(key: string): string | null {
  if (key.length === 0) return 'keys may not be empty';
  if (key.length > BODY_SHAPE_LIMITS.keyLength)
    return `keys may be at most ${BODY_SHAPE_LIMITS.keyLength} characters`;
  if (key.startsWith('$') || key.includes('.')) return 'keys may not start with "$" or contain "."';
  if (key.includes('\u0000')) return 'keys may not contain the NUL character';
  if (PROTOTYPE_KEYS.has(key)) return `"${key}" is not allowed as a key`;
  return null;
}

/**
 * The first thing in a parsed JSON body that a database would refuse or misread:
 * an operator-like (`$…`), dotted, empty, over-long or NUL-bearing key, a NUL in a
 * string, a non-finite number (JSON's 1e999), an array directly inside an array,
 * or a body nested or sized beyond BODY_SHAPE_LIMITS. Iterative, with an explicit
 * stack, and bounded by those limits, so no body can overflow the call stack.
 */
export function findUnstorable(body: unknown): Refusal | null {
  const stack: { value: unknown; path: Path; inArray: boolean }[] = [
    { value: body, path: [], inArray: false },
  ];
  let seen = 0;
  while (stack.length > 0) {
    const { value, path, inArray } = stack.pop()!;
    if (++seen > BODY_SHAPE_LIMITS.values) {
      return { code: 'body_too_complex', message: `at most ${BODY_SHAPE_LIMITS.values} values`, path: [] };
    }
    if (path.length > BODY_SHAPE_LIMITS.depth) {
      return {
        code: 'body_too_complex',
        message: `nested at most ${BODY_SHAPE_LIMITS.depth} levels`,
        path: path.slice(0, 8),
      };
    }
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return { code: 'unsafe_value', message: 'text may not contain the NUL character', path };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { code: 'unsafe_value', message: 'numbers must be finite', path };
    } else if (Array.isArray(value)) {
      if (inArray) return { code: 'unsafe_value', message: 'arrays may not directly contain arrays', path };
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i], inArray: true });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const problem = keyProblem(key);
        if (problem) return { code: 'unsafe_key', message: problem, path: [...path, key] };
        stack.push({ value: item, path: [...path, key], inArray: false });
      }
    }
  }
  return null;
}

/** After the JSON parser: refuses, with 400 and the path, any body `findUnstorable` objects to. */
export const rejectUnstorable: RequestHandler = (req, _res, next) => {
  const refusal = findUnstorable(req.body);
  if (refusal) {
    const where = refusal.path.length > 0 ? ` (at ${refusal.path.join('.')})` : '';
    throw new HttpError(400, refusal.code, `Invalid body: ${refusal.message}${where}`, {
      path: refusal.path,
    });
  }
  next();
};
