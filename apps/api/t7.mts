import { MongoClient } from 'mongodb';

const c = new MongoClient('mongodb://127.0.0.1:27100/');
await c.connect();
const dbs = (await c.db().admin().listDatabases()).databases
  .map((d) => d.name)
  .filter((n) => n.startsWith('test_fault'));
const db = c.db(dbs.at(-1)!);
console.log(dbs.at(-1));
const rollups = await db.collection('rollups').find().toArray();
for (const r of rollups) console.log(JSON.stringify(r));
const byBatch = await db
  .collection('responses')
  .aggregate([{ $group: { _id: '$batch', n: { $sum: 1 } } }])
  .toArray();
console.log(byBatch.length, 'batches');
console.log(await db.collection('derive_checkpoints').find().toArray());
await c.close();
