import {
  MongoBulkWriteError,
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
  MongoWriteConcernError,
} from 'mongodb';
import { HttpError } from '../errors.js';

/**
 * The one place that decides whether a driver error means "the database is not
 * there right now" (and the outcome of a write is unknown) rather than "the
 * database refused this": the first is a 503 with Retry-After for the requests
 * it concerns, the second belongs to a document or a bug.
 */

/** Server codes for a node that is down, stepping down, shutting down or unreachable. */
const UNAVAILABLE_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

const UNAVAILABLE_CLASSES = [
  MongoNetworkError,
  MongoServerSelectionError,
  MongoNotConnectedError,
  MongoTopologyClosedError,
  MongoServerClosedError,
  MongoOperationTimeoutError,
  MongoWriteConcernError,
];

/** Mongoose's own wrappers of the same conditions (it rethrows some driver errors under these names). */
const MONGOOSE_UNAVAILABLE =
  /^Mongoose(ServerSelection|Timeout)Error$|initial connection is complete|force closed/;

/** Seconds a client should wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function isDatabaseUnavailable(err: unknown): boolean {
  // A bulk write that failed before any per-document verdict wraps the driver error.
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (UNAVAILABLE_CLASSES.some((kind) => current instanceof kind)) return true;
    if (current instanceof MongoError) {
      if (typeof current.code === 'number' && UNAVAILABLE_CODES.has(current.code)) return true;
      if (current.hasErrorLabel('RetryableWriteError') || current.hasErrorLabel('ResetPool')) return true;
    }
    if (current instanceof MongoBulkWriteError && current.result?.getWriteConcernError?.()) return true;
    if (MONGOOSE_UNAVAILABLE.test(current.name) || MONGOOSE_UNAVAILABLE.test(current.message)) return true;
    current =
      current instanceof MongoBulkWriteError && current.errorResponse instanceof Error
        ? current.errorResponse
        : current.cause;
  }
  return false;
}

/** The 503 for requests whose outcome the database left unknown; `cause` is kept for the log. */
export function databaseUnavailable(cause?: unknown): HttpError {
  const err = new HttpError(
    503,
    'database_unavailable',
    'The database is not reachable right now; nothing was acknowledged. Retry shortly with the same Idempotency-Key.',
    undefined,
    { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
  if (cause !== undefined) err.cause = cause;
  return err;
}
