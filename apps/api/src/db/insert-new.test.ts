import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDB } from '@pulse/devstack';
import { type Collection, MongoClient, ObjectId } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../errors.js';
import { testDatabaseUrl } from '../testing/database.js';
import { isDatabaseUnavailable } from './availability.js';
import { databaseName } from './connection.js';
import { DocumentRejected, insertNew } from './insert-new.js';

/**
 * A TCP proxy in front of the real database that, once armed, forwards the next
 * insert to the server and then cuts that connection before the reply comes back:
 * the server may well have stored the documents, and the client cannot know.
 */
function droppingProxy(upstream: URL): Promise<{ url: string; arm(): void; server: Server }> {
  let armed = false;
  const server = createServer((client: Socket) => {
    const db = tcpConnect(Number(upstream.port), upstream.hostname);
    let cutAfterReply = false;
    client.on('data', (chunk) => {
      if (armed && chunk.includes('insert')) {
        armed = false;
        cutAfterReply = true;
      }
      db.write(chunk);
    });
    db.on('data', (chunk) => {
      if (cutAfterReply) {
        client.destroy();
        db.destroy();
      } else client.write(chunk);
    });
    for (const end of [client, db])
      end.on('error', () => undefined).on('close', () => (end === client ? db : client).destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `mongodb://127.0.0.1:${port}/`, arm: () => (armed = true), server });
    }),
  );
}

const clientOptions = {
  directConnection: true,
  retryWrites: false,
  serverSelectionTimeoutMS: 1_500,
} as const;
const docs = (n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ _id: new ObjectId(), n: i, ...extra }));

let client: MongoClient;
let collection: Collection;
beforeAll(async () => {
  const url = testDatabaseUrl('insert_new');
  client = await MongoClient.connect(url, clientOptions);
  collection = client.db(databaseName(url)).collection('docs');
});
afterAll(() => client?.close());

describe('insertNew: a verdict per document, or none at all', () => {
  it('says inserted or duplicate per document', async () => {
    const batch = docs(4);
    await collection.insertOne(batch[2]!);
    expect(await insertNew(collection, batch)).toEqual(['inserted', 'inserted', 'duplicate', 'inserted']);
  });

  // (NaN is not among these: FerretDB drops the connection over it, so it is an outage to the
  // driver. JSON cannot carry NaN, and the edge refuses non-finite numbers: 1e999 is Infinity.)
  it.each([
    ['a NUL in a key (the driver refuses to serialize it)', { 'k\u0000y': 1 }],
    ['a nested array (the server refuses that document)', { a: [[1]] }],
    ['Infinity (the server refuses that document)', { a: Number.POSITIVE_INFINITY }],
  ])('fails only the document with %s and stores the others', async (_what, poison) => {
    const batch = docs(5);
    const bad = { ...batch[1]!, ...poison };
    const verdicts = await insertNew(collection, [batch[0]!, bad, ...batch.slice(2)]);
    expect(verdicts[1]).toBeInstanceOf(DocumentRejected);
    expect(verdicts.filter((v) => v === 'inserted')).toHaveLength(4);
    const stored = await collection.countDocuments({ _id: { $in: batch.map((d) => d._id) } });
    expect(stored).toBe(4);
  });

  it('throws 503 (no verdict) when the connection drops after the server took the insert', async () => {
    const proxy = await droppingProxy(new URL(process.env.MONGO_URL!));
    const url = testDatabaseUrl('insert_new_drop');
    const direct = await MongoClient.connect(url, clientOptions);
    const viaProxy = await MongoClient.connect(`${proxy.url}${databaseName(url)}`, clientOptions);
    try {
      const batch = docs(50);
      proxy.arm();
      const err = await insertNew(viaProxy.db(databaseName(url)).collection('docs'), batch).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(HttpError);
      expect(err).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(isDatabaseUnavailable((err as HttpError).cause), 'the cause is classified as an outage').toBe(
        true,
      );
      // What the client could not know: the documents may well be there (this is why it is not a 201 or a 400).
      const stored = await direct.db(databaseName(url)).collection('docs').countDocuments();
      expect([0, 50]).toContain(stored);
    } finally {
      await viaProxy.close(true);
      await direct.close();
      proxy.server.close();
    }
  });

  it('throws 503 while the database is stopped, and inserts again once it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-insert-new-'));
    let db = await startFerretDB(dir);
    const own = await MongoClient.connect(`${db.url}stopped`, clientOptions);
    try {
      const target = own.db('stopped').collection('docs');
      await target.insertOne({ _id: new ObjectId() });
      await db.kill();
      const err = await insertNew(target, docs(3)).catch((e: unknown) => e);
      expect(err).toMatchObject({ status: 503, code: 'database_unavailable' });
      db = await startFerretDB(dir, { port: db.port });
      expect(await insertNew(target, docs(3))).toEqual(['inserted', 'inserted', 'inserted']);
    } finally {
      await own.close(true);
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
