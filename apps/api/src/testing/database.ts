import { randomUUID } from 'node:crypto';
import { withDatabaseName } from '../db/connection.js';

/**
 * A database of its own for each test file (FerretDB's SQLite has one writer per
 * database), on the server that `npm test` started through devstack.
 */
export function testDatabaseUrl(label: string): string {
  const base = process.env.MONGO_URL;
  if (!base) {
    throw new Error('MONGO_URL is not set: run tests through `npm test`, which starts the database.');
  }
  return withDatabaseName(base, `test_${label.replace(/[^a-z0-9]/gi, '_')}_${randomUUID().slice(0, 8)}`);
}
