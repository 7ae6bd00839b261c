/**
 * Responses explorer benchmark: first-page latency of GET /v1/responses (and the
 * respondent timeline) over BENCH_ANSWERS answers of one survey, next to the naive
 * query a plain implementation would run — `find` with the same filter, sorted
 * newest first, limited to a page — measured in the same run on the same database.
 * Writes bench/results/explorer.json at the repository root.
 *
 * The answers are written straight into the database (documents shaped as ingest
 * shapes them) and the explorer index by its own writer in batches of 500, as the
 * derive stage would: minutes, not the hours 200,000 HTTP answers would take here.
 *
 * Longer than most files on purpose: a benchmark reads best as one script, seeding,
 * measurement and report in the order they run.
 *
 *   npm run bench            (root: starts the embedded database)
 *   BENCH_ANSWERS=50000 npm run bench:explorer -w @pulse/api
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyFeedback, classifyScore } from '@pulse/shared';
import { MongoClient } from 'mongodb';
import { Types } from 'mongoose';
import { loadConfig } from '../src/config.js';
import { withDatabaseName } from '../src/db/connection.js';
import type { ResponseDoc } from '../src/db/response.js';
import { createLogger } from '../src/logger.js';
import { DEMO_SURVEY } from '../src/seed/demo.js';
import { startServer } from '../src/server.js';
import { createIndexWriter } from '../src/services/responses/index-writer.js';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 200_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 60);
const RESPONDENTS = Math.max(1, Math.round(ANSWERS / 5));
const EXPLORER_RUNS = 7;
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 3);
const RARE_WORD = 'zanzibar';
const TRACKED = 'user-42';
const TRACKED_EVERY = Math.floor(ANSWERS / 10);
const baseUrl = process.env.MONGO_URL;
if (!baseUrl) throw new Error('MONGO_URL is not set: run `npm run bench` from the repository root.');

/** A small deterministic generator, so every run seeds the same answers. */
let seed = 12345;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const COMMENTS: [string, string][] = [
  ['en', 'The app is slow and keeps crashing'],
  ['en', 'Great support team, thank you'],
  ['en', 'Too expensive for what it does'],
  ['en', 'Checkout failed twice this week'],
  ['en', 'I am going to cancel my subscription'],
  ['es', 'La aplicación es muy lenta'],
  ['es', 'Excelente servicio'],
  ['th', 'แอปช้ามากและค้างบ่อย'],
  ['th', 'บริการดีมาก ขอบคุณ'],
  ['ar', 'الخدمة سيئة جداً'],
  ['ar', 'تطبيق رائع وسهل'],
  ['ru', 'Приложение очень медленное'],
  ['tl', 'Mabagal ang app at mahal'],
  ['lt', 'Labai lėtas aptarnavimas'],
];
const PLANS = ['free', 'free', 'free', 'pro', 'pro', 'team'];

// --- seeding ------------------------------------------------------------------

const db = `bench_explorer_${randomUUID().slice(0, 8)}`;
const mongoUrl = withDatabaseName(baseUrl, db);
const config = loadConfig({
  MONGO_URL: mongoUrl,
  PORT: '0',
  LOG_LEVEL: 'warn',
  RECONCILE_INTERVAL_MS: '0',
  WEBHOOK_POLL_MS: '3600000',
});
const server = await startServer(config, createLogger('warn'));
await server.ready;
const { services } = server;
const project = await services.projects.createProject({ name: 'Explorer bench', origins: [] });
const survey = await services.surveys.createSurvey(project.projectId, DEMO_SURVEY);
const other = await services.surveys.createSurvey(project.projectId, { ...DEMO_SURVEY, name: 'Other' });
const projectId = new Types.ObjectId(project.projectId);
const surveyId = new Types.ObjectId(survey.id);

const client = await MongoClient.connect(mongoUrl);
const responses = client.db().collection<ResponseDoc>('responses');
const writer = createIndexWriter(services.models);
const rareAt = new Set(Array.from({ length: 8 }, () => Math.floor(random() * ANSWERS)));

/** The i-th of `total` answers spread over the last DAYS days, oldest first. */
function answer(
  i: number,
  total: number,
  to: Types.ObjectId,
  respondentId: string,
  rare = false,
): ResponseDoc {
  const createdAt = new Date(
    Date.now() - DAYS * 86_400_000 + Math.floor(((i + random()) * DAYS * 86_400_000) / total),
  );
  const score = Math.min(10, Math.floor(random() * 12));
  const [locale, text] = pick(COMMENTS);
  const comment = rare ? `${text}, like in ${RARE_WORD}` : random() < 0.6 ? text : null;
  const plan = random() < 0.01 ? 'enterprise' : pick(PLANS);
  return {
    _id: new Types.ObjectId(),
    projectId,
    surveyId: to,
    score,
    category: classifyScore(score),
    comment,
    locale,
    respondent: { id: respondentId, traits: { plan, seats: 1 + Math.floor(random() * 50) } },
    context: { url: 'https://shop.example/checkout' },
    classification: classifyFeedback({ score, comment, locale }),
    idempotencyKey: randomUUID(),
    requestHash: '',
    answeredAt: new Date(createdAt.getTime() - Math.floor(random() * 300_000)),
    createdAt,
    batch: null,
  };
}

/** Writes what ingest and the derive stage would: the answers, then their index entries. */
let indexMs = 0;
async function store(docs: ResponseDoc[]): Promise<void> {
  await responses.insertMany(docs, { ordered: false });
  const t = performance.now();
  for (let i = 0; i < docs.length; i += 500) await writer.add(docs.slice(i, i + 500));
  indexMs += performance.now() - t;
}

const seedStarted = performance.now();
const CHUNK = 2_000;
for (let i = 0; i < ANSWERS; i += CHUNK) {
  const docs = Array.from({ length: Math.min(CHUNK, ANSWERS - i) }, (_, j) => {
    const n = i + j;
    // The tracked respondent answers ten times over the period, as a loyal customer might.
    const respondentId = n % TRACKED_EVERY === 5 ? TRACKED : `user-${Math.floor(random() * RESPONDENTS)}`;
    return answer(n, ANSWERS, surveyId, respondentId, rareAt.has(n));
  });
  await store(docs);
  if ((i / CHUNK) % 20 === 0) console.log(`seeded ${i + docs.length} / ${ANSWERS}`);
}
// The tracked respondent answered the other survey too.
await store(Array.from({ length: 5 }, (_, i) => answer(i, 5, new Types.ObjectId(other.id), TRACKED)));
const seedSeconds = Math.round((performance.now() - seedStarted) / 1000);
console.log(`seeded ${ANSWERS} answers in ${seedSeconds} s`);

// --- measurement ----------------------------------------------------------------

const headers = { authorization: `Bearer ${project.apiKey}` };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await work();
    ms.push(Math.round((performance.now() - t) * 10) / 10);
  }
  return { ms, last: last as T };
}

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
  workLimitReached?: boolean;
  searchedBackTo?: string | null;
}

async function get(path: string, query: Record<string, string>): Promise<Page> {
  const res = await fetch(`${server.url}${path}?${new URLSearchParams(query)}`, { headers });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Page;
}

const naive = (filter: Record<string, unknown>) => () =>
  responses.find(filter).sort({ createdAt: -1, _id: -1 }).limit(51).toArray();

const scenarios: {
  name: string;
  path: string;
  query: Record<string, string>;
  baseline: () => Promise<unknown[]>;
}[] = [
  {
    name: 'no filter',
    path: '/v1/responses',
    query: { surveyId: survey.id },
    baseline: naive({ surveyId }),
  },
  {
    name: 'category=detractor',
    path: '/v1/responses',
    query: { surveyId: survey.id, category: 'detractor' },
    baseline: naive({ surveyId, category: 'detractor' }),
  },
  {
    name: 'trait plan=enterprise (1%)',
    path: '/v1/responses',
    query: { surveyId: survey.id, trait: 'plan=enterprise' },
    baseline: naive({ surveyId, 'respondent.traits.plan': 'enterprise' }),
  },
  {
    name: `rare word "${RARE_WORD}" (8 answers), first page`,
    path: '/v1/responses',
    query: { surveyId: survey.id, q: RARE_WORD },
    baseline: naive({ surveyId, comment: { $regex: RARE_WORD, $options: 'i' } }),
  },
  {
    name: `respondent timeline (${TRACKED})`,
    path: `/v1/respondents/${TRACKED}/responses`,
    query: {},
    baseline: naive({ projectId, 'respondent.id': TRACKED }),
  },
];

const results = [];
for (const s of scenarios) {
  await get(s.path, s.query); // warm: JIT, connections
  const explorer = await timed(EXPLORER_RUNS, () => get(s.path, s.query));
  const baseline = await timed(BASELINE_RUNS, s.baseline);
  const result = {
    name: s.name,
    explorerMedianMs: median(explorer.ms),
    baselineMedianMs: median(baseline.ms),
    speedup: Math.round((median(baseline.ms) / median(explorer.ms)) * 10) / 10,
    explorerRunsMs: explorer.ms,
    baselineRunsMs: baseline.ms,
    items: explorer.last.items.length,
    baselineItems: Math.min(50, baseline.last.length),
    workLimitReached: explorer.last.workLimitReached ?? false,
    searchedBackTo: explorer.last.searchedBackTo ?? null,
  };
  results.push(result);
  console.log(
    `${s.name.padEnd(44)} explorer ${String(result.explorerMedianMs).padStart(8)} ms   naive find ${String(result.baselineMedianMs).padStart(8)} ms   ${result.speedup}×   (${result.items} items${result.workLimitReached ? ', work limit reached' : ''})`,
  );
}

// The rare word, searched to the end: every continue request, against the one naive query.
const fullSearch = await timed(1, async () => {
  let page = await get('/v1/responses', { surveyId: survey.id, q: RARE_WORD });
  let found = page.items.length;
  let requests = 1;
  while (page.nextCursor) {
    page = await get('/v1/responses', { surveyId: survey.id, q: RARE_WORD, cursor: page.nextCursor });
    found += page.items.length;
    requests++;
  }
  return { found, requests };
});
const rare = results.find((r) => r.name.startsWith('rare'))!;
const rareWordToTheEnd = {
  totalMs: fullSearch.ms[0]!,
  requests: fullSearch.last.requests,
  found: fullSearch.last.found,
  expected: rareAt.size,
  baselineMedianMs: rare.baselineMedianMs,
  speedup: Math.round((rare.baselineMedianMs / fullSearch.ms[0]!) * 10) / 10,
};
console.log(
  `rare word to the end: ${rareWordToTheEnd.requests} requests, ${rareWordToTheEnd.totalMs} ms, found ${rareWordToTheEnd.found} of ${rareWordToTheEnd.expected} (naive ${rare.baselineMedianMs} ms, ${rareWordToTheEnd.speedup}×)`,
);

// The export of a filter, streamed, against the naive sorted cursor with the same filter.
const csv = await timed(1, async () => {
  const res = await fetch(
    `${server.url}/v1/responses.csv?${new URLSearchParams({ surveyId: survey.id, trait: 'plan=enterprise' })}`,
    { headers },
  );
  return (await res.text()).trim().split('\n').length - 1;
});
const csvBaseline = await timed(1, () =>
  responses
    .find({ surveyId, 'respondent.traits.plan': 'enterprise' })
    .sort({ createdAt: -1, _id: -1 })
    .toArray(),
);
const csvExport = {
  rows: csv.last,
  explorerMs: csv.ms[0]!,
  baselineRows: csvBaseline.last.length,
  baselineMs: csvBaseline.ms[0]!,
};
console.log(
  `CSV of trait plan=enterprise: ${csvExport.rows} rows in ${csvExport.explorerMs} ms (naive sorted find of the same ${csvExport.baselineRows}: ${csvExport.baselineMs} ms)`,
);

const failed =
  rareWordToTheEnd.found !== rareWordToTheEnd.expected || csvExport.rows !== csvExport.baselineRows;
if (failed) {
  console.error('MISMATCH: the explorer did not find what the naive queries found');
  process.exitCode = 1;
}

await client.db().dropDatabase();
await client.close();
await server.close();

const outDir = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  `${outDir}explorer.json`,
  `${JSON.stringify(
    {
      benchmark: 'explorer',
      at: new Date().toISOString(),
      answers: ANSWERS,
      days: DAYS,
      seedSeconds,
      indexWriteMsPer500: Math.round((indexMs / (ANSWERS / 500)) * 10) / 10,
      results,
      rareWordToTheEnd,
      csvExport,
    },
    null,
    2,
  )}\n`,
);
console.log('results written to bench/results/explorer.json');
