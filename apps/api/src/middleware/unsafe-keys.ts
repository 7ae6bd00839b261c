import type { RequestHandler } from 'express';
import { HttpError } from '../errors.js';

/** The path of the first key MongoDB would read as an operator (`$…`) or a field path (`a.b`). */
export function findUnsafeKey(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnsafeKey(item, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.')) return [...path, key];
      const found = findUnsafeKey(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export const rejectUnsafeKeys: RequestHandler = (req, _res, next) => {
  const path = findUnsafeKey(req.body);
  if (path) {
    throw new HttpError(400, 'unsafe_key', `Keys may not start with "$" or contain ".": ${path.join('.')}`, {
      path,
    });
  }
  next();
};
