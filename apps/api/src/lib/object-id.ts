import { OBJECT_ID_PATTERN } from '@pulse/shared';

/** Whether `id` can name a document at all; a malformed one is a 404, never a database error. */
export const isObjectId = (id: string): boolean => OBJECT_ID_PATTERN.test(id);
