/**
 * Audit log benchmark: reading a page of a project's audit log as the log grows, the
 * way the API stores it (stored pages read by exact `_id`, see src/db/audit.ts) against
 * the obvious layout (one document per entry, filter by project, sort by time, limit),
 * both measured in the same run on the same database. Two projects of each size share
 * the collections, as on any deployment.
 * Writes bench/results/audit.json at the repository root.
 *
 *   npm run bench                         (root: starts the embedded database)
 *   BENCH_AUDIT_SIZES=1000,10000,50000 npm run bench:audit -w @pulse/api
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUDIT_TARGET_TYPES } from '@pulse/shared';
import { Types } from 'mongoose';
import { AUDIT_PAGE_SIZE, auditPageId, type StoredAuditEntry } from '../src/db/audit.js';
import { withDatabaseName } from '../src/db/connection.js';
import { writeCursor } from '../src/lib/cursor.js';
import { createLogger } from '../src/logger.js';
import { openRuntime } from '../src/runtime.js';
import { chainOf, chainsOf } from '../src/services/access/audit.js';

const SIZES = (process.env.BENCH_AUDIT_SIZES ?? '2000,20000').split(',').map(Number);
const RUNS = 7;
const LIMIT = 50;
const baseUrl = process.env.MONGO_URL;
if (!baseUrl) throw new Error('MONGO_URL is not set: run `npm run bench` from the repository root.');

const { conn, services } = await openRuntime(
  withDatabaseName(baseUrl, `bench_audit_${Date.now().toString(36)}`),
  createLogger('warn'),
);
const { models, audit } = services;
const naive = conn.db!.collection('bench_audit_naive');
const ACTORS = Array.from({ length: 8 }, (_, i) => `member${i}@acme.example`);
const FILTER = { targetType: 'member', actor: ACTORS[3]! } as const;

function entryAt(seq: number, size: number): Omit<StoredAuditEntry, 'n'> {
  return {
    seq,
    at: new Date(Date.now() - (size - seq) * 60_000),
    actor: ACTORS[seq % ACTORS.length]!,
    action: 'survey.updated',
    target: {
      type: AUDIT_TARGET_TYPES[seq % AUDIT_TARGET_TYPES.length]!,
      id: `t${seq}`,
      name: `Target ${seq}`,
    },
    before: { name: 'Before' },
    after: { name: 'After' },
  };
}

/**
 * Grows a project's log from `from` to `size` entries in both layouts. The API's pages
 * are written in bulk exactly as `record` leaves them (recording one at a time would
 * take minutes); a few real `record` calls are timed afterwards.
 */
async function growTo(projectId: string, from: number, size: number) {
  const heads: Record<string, number> =
    (await models.AuditHead.findById(projectId).lean<Record<string, number>>()) ?? {};
  const pages = new Map<string, StoredAuditEntry[]>();
  const plain: object[] = [];
  for (let seq = from + 1; seq <= size; seq++) {
    const entry = entryAt(seq, size);
    plain.push({ projectId, ...entry });
    for (const chain of chainsOf(entry.target.type, entry.actor)) {
      const n = (heads[chain] = (heads[chain] ?? 0) + 1);
      const id = auditPageId(projectId, chain, n);
      pages.set(id, [...(pages.get(id) ?? []), { n, ...entry }]);
    }
  }
  for (const [id, entries] of pages)
    await models.AuditPage.collection.updateOne(
      { _id: id as never },
      { $push: { entries: { $each: entries } } } as never,
      { upsert: true },
    );
  const { _id, ...counts } = heads as Record<string, number> & { _id?: string };
  await models.AuditHead.collection.updateOne(
    { _id: projectId as never },
    { $set: counts },
    { upsert: true },
  );
  for (let i = 0; i < plain.length; i += 1000) await naive.insertMany(plain.slice(i, i + 1000));
}

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Number(times[Math.floor(RUNS / 2)]!.toFixed(1));
}

interface Row {
  entries: number;
  storedPages: number;
  pageMs: number;
  filteredPageMs: number;
  middlePageMs: number;
  obviousPageMs: number;
  obviousFilteredPageMs: number;
  recordMs: number;
}

const project = new Types.ObjectId().toHexString();
const neighbour = new Types.ObjectId().toHexString();
const rows: Row[] = [];
let grown = 0;
for (const size of SIZES) {
  await growTo(project, grown, size);
  await growTo(neighbour, grown, size);
  grown = size;
  const middle = writeCursor([chainOf({}), Math.floor(size / 2)]);
  const row: Row = {
    entries: size,
    storedPages: await models.AuditPage.estimatedDocumentCount(),
    pageMs: await medianMs(() => audit.list(project, { limit: LIMIT })),
    filteredPageMs: await medianMs(() => audit.list(project, { limit: LIMIT, ...FILTER })),
    middlePageMs: await medianMs(() => audit.list(project, { limit: LIMIT, cursor: middle })),
    obviousPageMs: await medianMs(() =>
      naive.find({ projectId: project }).sort({ seq: -1 }).limit(LIMIT).toArray(),
    ),
    obviousFilteredPageMs: await medianMs(() =>
      naive
        .find({ projectId: project, 'target.type': FILTER.targetType, actor: FILTER.actor })
        .sort({ seq: -1 })
        .limit(LIMIT)
        .toArray(),
    ),
    recordMs: await medianMs(() =>
      audit.record(neighbour, ACTORS[0]!, {
        action: 'survey.updated',
        target: { type: 'survey', id: 'bench' },
      }),
    ),
  };
  rows.push(row);
}
await conn.dropDatabase();
await conn.close();

const first = rows[0]!;
const last = rows.at(-1)!;
const ratio = (a: number, b: number) => Number((a / b).toFixed(1));
const ratios = {
  obviousOverPageAtLargest: ratio(last.obviousPageMs, last.pageMs),
  obviousOverFilteredPageAtLargest: ratio(last.obviousFilteredPageMs, last.filteredPageMs),
  pageGrowth: ratio(last.pageMs, first.pageMs),
  obviousPageGrowth: ratio(last.obviousPageMs, first.obviousPageMs),
};
console.log(
  `audit log: a page of ${LIMIT} newest entries, median of ${RUNS} (two projects of each size; stored pages hold ${AUDIT_PAGE_SIZE})`,
);
for (const r of rows)
  console.log(
    `  ${String(r.entries).padStart(7)} entries (${r.storedPages} stored pages): page ${r.pageMs} ms, filtered ${r.filteredPageMs} ms, from the middle ${r.middlePageMs} ms | one document per entry: ${r.obviousPageMs} ms, filtered ${r.obviousFilteredPageMs} ms | record ${r.recordMs} ms`,
  );
console.log(`ratios (${first.entries} → ${last.entries} entries for growth):`);
for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(34)} ${v}×`);

const outDir = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}audit.json`,
  `${JSON.stringify({ benchmark: 'audit', at: new Date().toISOString(), limit: LIMIT, runs: RUNS, pageSize: AUDIT_PAGE_SIZE, rows, ratios }, null, 2)}\n`,
);
console.log('results written to bench/results/audit.json');
