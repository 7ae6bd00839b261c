import type { Model } from 'mongoose';
import { isObjectId } from '../lib/object-id.js';

/**
 * One project's document by id, or null (a malformed id, no such document, or
 * another project's). An exact `_id` read, then the project compared here:
 * FerretDB pushes only an exact `_id` filter down to SQLite, so `{ _id, projectId }`
 * would scan the whole collection.
 */
export async function findOfProject<T extends { projectId: unknown }>(
  // biome-ignore lint/suspicious/noExplicitAny: any model; the caller names the document type.
  model: Model<any>,
  projectId: string,
  id: string,
): Promise<T | null> {
  if (!isObjectId(id)) return null;
  const doc = await model.findById(id).lean<T>();
  return doc && String(doc.projectId) === projectId ? doc : null;
}
