import type { z } from 'zod';

/** A mistake in the command line: printed on one line without a stack trace, exit code 2. */
export class UsageError extends Error {}

/** Every invalid option on one line, named as the user typed it (`--origin`, not `origins`). */
export function usageError(
  error: z.ZodError,
  flagOf: (field: string) => string = (field) => field,
): UsageError {
  return new UsageError(error.issues.map((i) => `--${flagOf(String(i.path[0]))}: ${i.message}`).join('; '));
}
