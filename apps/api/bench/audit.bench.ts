/**
 * Audit log benchmark: reading a page of a project's audit log as the log grows, the
 * way the API stores it (stored pages read by exact `_id`, see src/db/audit.ts) against
 * the obvious layout (one document per entry, filter by project, sort by time, limit),
 * both measured in the same run on the same database. Two projects of each size share
 * the collections with those of the smaller sizes, as on any deployment.
 * Writes bench/results/audit.json at the repository root.
 *
 *   npm run bench                         (root: starts the embedded database)
 *   BENCH_AUDIT_SIZES=1000,10000,50000 npm run bench:audit -w @pulse/api
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUDIT_TARGET_TYPES } from '@pulse/shared';
import { Types } from 'mongoose';
import { AUDIT_PAGE_SIZE, auditOpenId, auditPageId, pageOf, type StoredAuditEntry } from '../src/db/audit.js';
import { withDatabaseName } from '../src/db/connection.js';
import { writeCursor } from '../src/lib/cursor.js';
import { createLogger } from '../src/logger.js';
import { openRuntime } from '../src/runtime.js';
import { chainsOf, planOf } from '../src/services/access/audit-chains.js';

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
const BY_TYPE = { targetType: 'member' } as const;
const BOTH = { targetType: 'member', actor: ACTORS[3]! } as const;

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
 * Fills a new project's log with `size` entries in both layouts. The API's pages are
 * written in bulk exactly as `record` leaves them (recording one at a time would take
 * minutes); a few real `record` calls are timed afterwards.
 */
async function fill(projectId: string, size: number) {
  const started = performance.now();
  const chains = new Map<string, StoredAuditEntry[]>();
  const plain: object[] = [];
  for (let seq = 1; seq <= size; seq++) {
    const entry = entryAt(seq, size);
    plain.push({ projectId, ...entry });
    for (const chain of chainsOf(entry.target.type, entry.actor)) {
      const list = chains.get(chain) ?? [];
      list.push({ n: list.length + 1, ...entry });
      chains.set(chain, list);
    }
  }
  const sealed: object[] = [];
  for (const [chain, list] of chains) {
    const open = pageOf(list.length);
    for (let page = 0; page < open; page++)
      sealed.push({
        _id: auditPageId(projectId, chain, page),
        entries: list.slice(page * AUDIT_PAGE_SIZE, (page + 1) * AUDIT_PAGE_SIZE),
      });
    await models.AuditOpen.collection.insertOne({
      _id: auditOpenId(projectId, chain) as never,
      page: open,
      entries: list.slice(open * AUDIT_PAGE_SIZE),
    });
  }
  for (let i = 0; i < sealed.length; i += 100)
    await models.AuditPage.collection.insertMany(sealed.slice(i, i + 100) as never[]);
  const head = Object.fromEntries([...chains].map(([chain, list]) => [chain, list.length]));
  await models.AuditHead.collection.insertOne({ _id: projectId as never, ...head });
  for (let i = 0; i < plain.length; i += 1000) await naive.insertMany(plain.slice(i, i + 1000));
  console.error(`  filled a project with ${size} entries in ${Math.round(performance.now() - started)} ms`);
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
  sealedPages: number;
  pageMs: number;
  byTypePageMs: number;
  byTypeAndActorPageMs: number;
  middlePageMs: number;
  obviousPageMs: number;
  obviousByTypePageMs: number;
  recordMs: number;
}

const rows: Row[] = [];
for (const size of SIZES) {
  // Each size in new projects, on top of what the smaller sizes left in the collections.
  const project = new Types.ObjectId().toHexString();
  const neighbour = new Types.ObjectId().toHexString();
  await fill(project, size);
  await fill(neighbour, size);
  const middle = writeCursor([planOf({}).key, Math.floor(size / 2)]);
  const row: Row = {
    entries: size,
    sealedPages: await models.AuditPage.estimatedDocumentCount(),
    pageMs: await medianMs(() => audit.list(project, { limit: LIMIT })),
    byTypePageMs: await medianMs(() => audit.list(project, { limit: LIMIT, ...BY_TYPE })),
    byTypeAndActorPageMs: await medianMs(() => audit.list(project, { limit: LIMIT, ...BOTH })),
    middlePageMs: await medianMs(() => audit.list(project, { limit: LIMIT, cursor: middle })),
    obviousPageMs: await medianMs(() =>
      naive.find({ projectId: project }).sort({ seq: -1 }).limit(LIMIT).toArray(),
    ),
    obviousByTypePageMs: await medianMs(() =>
      naive
        .find({ projectId: project, 'target.type': BY_TYPE.targetType })
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
  obviousOverByTypePageAtLargest: ratio(last.obviousByTypePageMs, last.byTypePageMs),
  obviousOverMiddlePageAtLargest: ratio(last.obviousPageMs, last.middlePageMs),
  pageGrowth: ratio(last.pageMs, first.pageMs),
  obviousPageGrowth: ratio(last.obviousPageMs, first.obviousPageMs),
};
console.log(
  `audit log: a page of ${LIMIT} newest entries, median of ${RUNS} (two projects of each size; pages hold ${AUDIT_PAGE_SIZE})`,
);
for (const r of rows)
  console.log(
    `  ${String(r.entries).padStart(7)} entries (${r.sealedPages} sealed pages in the collection): newest ${r.pageMs} ms, by type ${r.byTypePageMs} ms, by type and actor ${r.byTypeAndActorPageMs} ms, from the middle ${r.middlePageMs} ms | one document per entry: newest ${r.obviousPageMs} ms, by type ${r.obviousByTypePageMs} ms | record ${r.recordMs} ms`,
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
