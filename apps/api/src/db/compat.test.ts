/**
 * What Pulse relies on from the database, checked through Mongoose against
 * whatever MONGO_URL points at (FerretDB here, MongoDB in production).
 */
import mongoose, { Schema } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../testing/database.js';

const Item = new Schema({ key: { type: String, required: true }, n: Number, tag: String });
Item.index({ key: 1 }, { unique: true });

const Counter = new Schema({ _id: String, counts: [Number], total: Number }, { versionKey: false });

let conn: mongoose.Connection;

beforeAll(async () => {
  conn = await mongoose.createConnection(testDatabaseUrl('compat')).asPromise();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

describe('database compatibility', () => {
  it('creates indexes and rejects a duplicate unique key with code 11000', async () => {
    const M = conn.model('Item', Item);
    await M.createIndexes();
    await M.create({ key: 'a', n: 1 });
    await expect(M.create({ key: 'a', n: 2 })).rejects.toMatchObject({ code: 11000 });
    expect(await M.countDocuments({ key: 'a' })).toBe(1);
  });

  it('applies $inc upserts on array slots and totals', async () => {
    const C = conn.model('Counter', Counter);
    const filter = { _id: 's1:2026-01-01' };
    const update = { $inc: { 'counts.3': 1, total: 1 }, $setOnInsert: {} };
    await C.updateOne(filter, update, { upsert: true });
    await C.updateOne(filter, update, { upsert: true });
    const doc = await C.findById(filter._id).lean();
    expect(doc?.total).toBe(2);
    expect(doc?.counts?.[3]).toBe(2);
  });

  it('finds and modifies one document, returning the new version', async () => {
    const M = conn.model('Item', Item);
    await M.create({ key: 'fam', n: 1 });
    const updated = await M.findOneAndUpdate(
      { key: 'fam', n: 1 },
      { $set: { n: 2 } },
      { returnDocument: 'after' },
    ).lean();
    expect(updated?.n).toBe(2);
    const stale = await M.findOneAndUpdate(
      { key: 'fam', n: 1 },
      { $set: { n: 3 } },
      { returnDocument: 'after' },
    ).lean();
    expect(stale).toBeNull();
  });

  // FerretDB 1.24 fills only the first accumulator of a $group (the others come back 0),
  // so Pulse groups with one accumulator at a time, or reads rollups and sums in TypeScript.
  it('aggregates with $match and a one-accumulator $group', async () => {
    const M = conn.model('Item', Item);
    await M.insertMany([
      { key: 'g1', n: 2, tag: 'x' },
      { key: 'g2', n: 3, tag: 'x' },
      { key: 'g3', n: 5, tag: 'z' },
    ]);
    const rows = await M.aggregate<{ _id: string; count: number }>([
      { $match: { tag: { $in: ['x', 'z'] } } },
      { $group: { _id: '$tag', count: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]);
    expect(rows).toEqual([
      { _id: 'x', count: 2 },
      { _id: 'z', count: 1 },
    ]);
  });
});
