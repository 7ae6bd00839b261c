import { type Collection, type Document, MongoBulkWriteError, type OptionalUnlessRequiredId } from 'mongodb';

/**
 * Inserts documents whose `_id`s make them idempotent, in one round trip, and
 * returns the indexes of those already stored (duplicate key). Any other write
 * error is thrown.
 */
export async function insertNew<T extends Document>(
  collection: Collection<T>,
  docs: readonly T[],
): Promise<Set<number>> {
  const duplicates = new Set<number>();
  if (docs.length === 0) return duplicates;
  try {
    // Every caller's documents carry their own `_id`, which is what makes them idempotent.
    await collection.insertMany(docs as OptionalUnlessRequiredId<T>[], { ordered: false });
  } catch (err) {
    if (!(err instanceof MongoBulkWriteError)) throw err;
    const writeErrors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
    for (const we of writeErrors) {
      if (we.code !== 11000) throw err;
      duplicates.add(we.index);
    }
  }
  return duplicates;
}
