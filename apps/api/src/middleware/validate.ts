import type { z } from 'zod';
import { HttpError } from '../errors.js';

/** Parses at the edge: a typed value, or a 400 that names every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = 'request'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  throw new HttpError(400, 'invalid_request', `Invalid ${what}: ${where}${first?.message ?? 'invalid'}`, {
    issues,
  });
}
