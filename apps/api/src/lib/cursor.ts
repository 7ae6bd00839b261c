import { HttpError } from '../errors.js';

/**
 * Opaque page cursors: the sort key of the last item a client saw, its parts
 * joined and base64url-encoded. Clients only hand them back; `readCursor` turns one
 * into the sort key again, or refuses it with 400 `invalid_cursor`.
 */
export function writeCursor(parts: readonly (string | number | Date)[]): string {
  return Buffer.from(parts.map((p) => (p instanceof Date ? p.toISOString() : String(p))).join('|')).toString(
    'base64url',
  );
}

/** `parse` gets the parts and returns the key, or null when they are not what this API wrote. */
export function readCursor<K>(cursor: string, parse: (parts: string[]) => K | null): K {
  const key = parse(Buffer.from(cursor, 'base64url').toString('utf8').split('|'));
  if (key === null) throw new HttpError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
  return key;
}

/** A cursor part that must be a date. */
export function dateOf(part: string | undefined): Date | null {
  const date = new Date(part ?? '');
  return Number.isNaN(date.getTime()) ? null : date;
}
