import mongoose from 'mongoose';

// A MongoDB URL may list several hosts (`mongodb://a:1,b:2/db?…`), which WHATWG URL rejects.
const URL_PARTS = /^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?([^?]*)(\?.*)?$/;

/** The database named in the URL's path, `pulse` when there is none. */
export function databaseName(url: string): string {
  return URL_PARTS.exec(url)?.[2] || 'pulse';
}

/** The same server with another database name (tests give each file its own). */
export function withDatabaseName(url: string, name: string): string {
  const match = URL_PARTS.exec(url);
  if (!match) throw new Error(`Not a MongoDB URL: ${url}`);
  return `${match[1]}/${name}${match[3] ?? ''}`;
}

export async function connectDatabase(url: string): Promise<mongoose.Connection> {
  mongoose.set('strictQuery', true);
  const conn = mongoose.createConnection(url, {
    dbName: databaseName(url),
    autoIndex: false,
    autoCreate: true,
    serverSelectionTimeoutMS: 10_000,
    maxPoolSize: 20,
  });
  return conn.asPromise();
}
