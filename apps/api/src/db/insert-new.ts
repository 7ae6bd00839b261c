import { type Collection, type Document, MongoBulkWriteError, type OptionalUnlessRequiredId } from 'mongodb';
import { databaseUnavailable, isDatabaseUnavailable } from './availability.js';

/** The database refused this one document (its content), not the batch it came in. */
export class DocumentRejected extends Error {
  constructor(
    message: string,
    readonly code: number | string | undefined,
  ) {
    super(message);
  }
}

/** What became of one document: stored now, stored before (same `_id`), or refused. */
export type InsertVerdict = 'inserted' | 'duplicate' | DocumentRejected;

const DUPLICATE_KEY = 11000;

/**
 * Errors about a document's content: the serializer's own (a NUL in a key), and the
 * server's bad value, invalid BSON, `$`/`.`/empty field names, too large, too long a key,
 * failed validation. Only these make a batch worth splitting; anything else is no verdict.
 */
const CONTENT_CODES = new Set([2, 22, 52, 56, 57, 121, 10334, 17280]);
const isContentError = (err: unknown) =>
  err instanceof Error && (err.name === 'BSONError' || CONTENT_CODES.has(Number(codeOf(err))));

/**
 * Inserts documents whose `_id`s make them idempotent, in one round trip, and
 * says per document what happened. Only a clean write or a per-document verdict
 * counts; any outcome that leaves a document's fate unknown (a dropped
 * connection, a timeout, a write-concern error, a bulk error without its
 * per-document list) throws a 503 `database_unavailable` for the whole batch,
 * since some of it may or may not be stored. A batch the database refuses as a
 * whole for one document's sake (a value it cannot store) is written again one
 * document at a time, so only the offender fails.
 */
export async function insertNew<T extends Document>(
  collection: Collection<T>,
  docs: readonly T[],
): Promise<InsertVerdict[]> {
  if (docs.length === 0) return [];
  try {
    // Every caller's documents carry their own `_id`, which is what makes them idempotent.
    await collection.insertMany(docs as OptionalUnlessRequiredId<T>[], { ordered: false });
    return docs.map(() => 'inserted');
  } catch (err) {
    const verdicts = isDatabaseUnavailable(err) ? null : perDocumentVerdicts(err, docs.length);
    if (verdicts) return verdicts;
    const cause =
      err instanceof MongoBulkWriteError && err.errorResponse instanceof Error ? err.errorResponse : err;
    if (!isContentError(cause)) throw databaseUnavailable(err);
    if (docs.length === 1) return [new DocumentRejected(messageOf(cause), codeOf(cause))];
    // Refused as a whole for some document's content: isolate the offenders.
    return Promise.all(docs.map(async (doc) => (await insertNew(collection, [doc]))[0]!));
  }
}

/** The verdicts a bulk error gives when it accounts for every document, else null. */
function perDocumentVerdicts(err: unknown, count: number): InsertVerdict[] | null {
  if (!(err instanceof MongoBulkWriteError) || err.errorResponse instanceof Error) return null;
  const writeErrors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
  if (writeErrors.length === 0 || writeErrors.length + err.insertedCount !== count) return null;
  const verdicts: InsertVerdict[] = Array.from({ length: count }, () => 'inserted');
  for (const we of writeErrors) {
    verdicts[we.index] =
      we.code === DUPLICATE_KEY ? 'duplicate' : new DocumentRejected(we.errmsg ?? 'refused', we.code);
  }
  return verdicts;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const codeOf = (err: unknown) =>
  err && typeof err === 'object' && 'code' in err ? (err.code as number | string) : undefined;
