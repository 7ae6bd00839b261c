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

/**
 * How long an operation waits for a reachable server before failing: short, so
 * that while the database is away requests get a quick 503 rather than hang.
 */
export const SERVER_SELECTION_TIMEOUT_MS = 1_500;

/** How long an operation may wait for the database's answer on an open socket. */
export const SOCKET_TIMEOUT_MS = 45_000;

const options = (url: string): mongoose.ConnectOptions => ({
  dbName: databaseName(url),
  autoIndex: false,
  autoCreate: true,
  // Mongoose would otherwise queue operations while it thinks it is disconnected and fail
  // them 10 s later; the driver reconnects by itself, so operations go straight to it.
  bufferCommands: false,
  serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
  heartbeatFrequencyMS: 2_000,
  maxPoolSize: 20,
  // A socket silent this long is dead: seen once after a kill -9 of FerretDB, one derived
  // step's operation never settled and every later answer's derived work waited behind it.
  // Failing it hands it to the derive stage's retry. No single operation here takes this long.
  socketTimeoutMS: SOCKET_TIMEOUT_MS,
});

/** A connection that is not open yet: models can be made on it, and operations fail fast (503) until it is. */
export function createConnection(): mongoose.Connection {
  mongoose.set('strictQuery', true);
  return mongoose.createConnection();
}

/**
 * Opens the connection, retrying with backoff while the database cannot be
 * reached (a start during an outage), until it succeeds or `signal` aborts.
 */
export async function openConnection(
  conn: mongoose.Connection,
  url: string,
  { signal, onRetry }: { signal?: AbortSignal; onRetry?: (err: unknown, delayMs: number) => void } = {},
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await conn.openUri(url, options(url));
      return;
    } catch (err) {
      if (signal?.aborted) throw err;
      const delayMs = Math.min(500 * 2 ** attempt, 5_000);
      onRetry?.(err, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** Opens at once or fails: for the admin CLI and scripts, which have no one to serve meanwhile. */
export async function connectDatabase(url: string): Promise<mongoose.Connection> {
  const conn = createConnection();
  await conn.openUri(url, options(url));
  return conn;
}
