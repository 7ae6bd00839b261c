import { MongoClient, ObjectId } from 'mongodb';
import { databaseName } from '../../src/db/connection.js';
import type { LoadStats } from './load.js';
import { sleep } from './processes.js';

/** The database's own account of one survey, read with a plain driver, not through the API. */
export interface Truth {
  stored: number;
  /** Answers stored more than once for one idempotency key (the `_id` makes this impossible; it is checked anyway). */
  duplicates: number;
  /** Per score 0–10, counted from the answers. */
  distribution: number[];
  allTime: number[];
  dayTotal: number;
  hourTotal: number;
  expectedFollowUps: number;
  followUps: number;
  /** Follow-ups whose answer is not stored. */
  orphanFollowUps: number;
  responseDeliveries: number;
  followUpDeliveries: number;
  openJournalEntries: number;
  keys: Set<string>;
}

const SCORES = Array.from({ length: 11 }, (_, s) => s);

export async function readTruth(mongoUrl: string, surveyId: string, webhookId: string): Promise<Truth> {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 5_000 });
  try {
    const db = client.db(databaseName(mongoUrl));
    const survey = new ObjectId(surveyId);
    const answers = await db
      .collection('responses')
      .find({ surveyId: survey }, { projection: { idempotencyKey: 1, score: 1, category: 1 } })
      .toArray();
    const keys = new Set(answers.map((a) => String(a.idempotencyKey)));
    const ids = new Set(answers.map((a) => String(a._id)));
    const rollups = await db
      .collection<{ _id: string; bucket?: string; total?: number; [score: string]: unknown }>('rollups')
      .find({ surveyId: survey })
      .toArray();
    const all = rollups.find((r) => r._id === `${surveyId}:all`);
    const sum = (bucket: string) =>
      rollups.filter((r) => r.bucket === bucket).reduce((n, r) => n + Number(r.total ?? 0), 0);
    const followUps = await db
      .collection('followups')
      .find({ surveyId: survey }, { projection: { _id: 1 } })
      .toArray();
    const deliveries = (eventType: string) =>
      db.collection('deliveries').countDocuments({ webhookId: new ObjectId(webhookId), eventType });
    return {
      stored: answers.length,
      duplicates: answers.length - keys.size,
      distribution: SCORES.map((s) => answers.filter((a) => a.score === s).length),
      allTime: SCORES.map((s) => Number(all?.[`s${s}`] ?? 0)),
      dayTotal: sum('day'),
      hourTotal: sum('hour'),
      expectedFollowUps: answers.filter((a) => a.category === 'detractor').length,
      followUps: followUps.length,
      orphanFollowUps: followUps.filter((f) => !ids.has(String(f._id))).length,
      responseDeliveries: await deliveries('response.created'),
      followUpDeliveries: await deliveries('followup.created'),
      openJournalEntries: await db.collection('derive_journal').countDocuments(),
      keys,
    };
  } finally {
    await client.close();
  }
}

/** Everything derived agrees with the answers and nothing is left open. */
export function converged(t: Truth): boolean {
  const total = t.distribution.reduce((a, b) => a + b, 0);
  return (
    t.openJournalEntries === 0 &&
    t.allTime.every((n, s) => n === t.distribution[s]) &&
    t.dayTotal === total &&
    t.hourTotal === total &&
    t.followUps === t.expectedFollowUps &&
    t.responseDeliveries === t.stored &&
    t.followUpDeliveries === t.expectedFollowUps
  );
}

/** Reads until the derived data has converged (or `withinMs` passes); returns the last reading and when it converged. */
export async function convergence(
  mongoUrl: string,
  surveyId: string,
  webhookId: string,
  withinMs = 90_000,
): Promise<{ truth: Truth; seconds: number }> {
  const started = Date.now();
  for (;;) {
    const truth = await readTruth(mongoUrl, surveyId, webhookId);
    if (converged(truth) || Date.now() - started > withinMs) {
      return { truth, seconds: (Date.now() - started) / 1000 };
    }
    await sleep(500);
  }
}

/** One line per scenario for the log and the closing note. */
export function report(
  scenario: string,
  load: LoadStats,
  truth: Truth,
  extra: Record<string, number | string> = {},
): Record<string, unknown> {
  const lost = [...load.acked].filter((k) => !truth.keys.has(k)).length;
  const strangers = [...truth.keys].filter((k) => !load.sent.has(k)).length;
  const row = {
    scenario,
    requests: load.requests,
    answersSent: load.sent.size,
    acknowledged: load.acked.size,
    stored: truth.stored,
    lost,
    storedButNeverSent: strangers,
    duplicates: truth.duplicates,
    summaryTotal: truth.allTime.reduce((a, b) => a + b, 0),
    dayTotal: truth.dayTotal,
    hourTotal: truth.hourTotal,
    followUps: truth.followUps,
    expectedFollowUps: truth.expectedFollowUps,
    orphanFollowUps: truth.orphanFollowUps,
    responseDeliveries: truth.responseDeliveries,
    statuses: load.statuses,
    networkErrors: load.networkErrors,
    serverErrorsOtherThan503: load.serverErrors.length,
    slowest503Ms: Math.round(load.slowest503Ms),
    ...extra,
  };
  console.log(`[fault] ${JSON.stringify(row)}`);
  return row;
}
