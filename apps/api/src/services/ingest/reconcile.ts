import { bucketStart } from '@pulse/shared';
import type { Types } from 'mongoose';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { type RollupDoc, SCORE_FIELDS } from '../../db/rollup.js';
import type { Logger } from '../../logger.js';
import { type RollupBucket, rollupId } from '../summaries/rollups.js';
import type { DeriveStage } from './derive.js';
import type { Journal } from './journal.js';

/** What the last reconciliation found (before repairing it), for /metrics and the log. */
export interface ReconcileReport {
  at: Date;
  answers: number;
  rollups: number;
  /** Sum over rollups of |counted − answers|, before repair. */
  driftAnswers: number;
  repairedRollups: number;
  /** Detractor answers that had no follow-up (opened now). */
  missingFollowUps: number;
  /** Follow-ups whose answer is not stored (reported, left alone). */
  orphanFollowUps: number;
  /** Surveys passed over because work on them was open or moved during the scan. */
  skippedSurveys: number;
  /** Answers missing from a derived index (the explorer's), added now. */
  unindexedAnswers: number;
}

/** One answer as the reconciler's scan reads it. */
export type Scanned = Pick<
  ResponseDoc,
  '_id' | 'projectId' | 'surveyId' | 'score' | 'category' | 'answeredAt' | 'createdAt'
>;

/**
 * A derived index checked against the answers (the explorer's): it sees every
 * answer of one pass, then, in the derive stage's turn, adds what it lacks, leaving
 * alone the answers of journal entries still open (their work is simply not done),
 * and says how many it added.
 */
export interface IndexCheck {
  observe(answer: Scanned): void;
  repair(openAnswers: ReadonlySet<string>): Promise<number>;
}

interface Expected {
  base: { projectId: Types.ObjectId; surveyId: Types.ObjectId; bucket: RollupBucket; start: Date };
  counts: Record<string, number>;
}

const COUNTERS = ['total', ...SCORE_FIELDS];

/**
 * The safety net under the journal: every so often, count the answers themselves
 * and compare every rollup (hour, day, all-time) and the follow-ups with them.
 * A rollup that differs is repaired by the difference, with a compare-and-set on
 * its `rev`, and only if nothing touched it during the scan and no journal entry of
 * its survey was open at either end (their work is simply not done yet, which is
 * lag, not drift). Missing follow-ups are opened (idempotently). It reads every
 * answer, so it runs rarely (RECONCILE_INTERVAL_MS) and behind serving; the repair
 * itself takes its turn in the derive stage, so it never overlaps this process's
 * own rollup writes.
 */
export function createReconciler({
  models,
  stage,
  journal,
  openFollowUps,
  indexChecks = [],
  logger,
}: {
  models: Models;
  stage: DeriveStage;
  journal: Journal;
  openFollowUps: (docs: ResponseDoc[]) => Promise<void>;
  /** Each pass starts one check per index. */
  indexChecks?: (() => IndexCheck)[];
  logger: Logger;
}) {
  let last: ReconcileReport | null = null;
  let repairedTotal = 0;

  async function revisions(): Promise<Map<string, number>> {
    const docs = await models.Rollup.find({}, { rev: 1 }).lean<{ _id: string; rev?: number }[]>();
    return new Map(docs.map((d) => [d._id, d.rev ?? 0]));
  }

  function count(expected: Map<string, Expected>, answer: Scanned): void {
    const surveyId = answer.surveyId.toHexString();
    for (const bucket of ['hour', 'day', 'all'] as const) {
      const start = bucket === 'all' ? new Date(0) : bucketStart(answer.answeredAt, bucket);
      const id = rollupId(surveyId, bucket, start);
      let entry = expected.get(id);
      if (!entry) {
        entry = {
          base: { projectId: answer.projectId, surveyId: answer.surveyId, bucket, start },
          counts: {},
        };
        expected.set(id, entry);
      }
      entry.counts.total = (entry.counts.total ?? 0) + 1;
      entry.counts[`s${answer.score}`] = (entry.counts[`s${answer.score}`] ?? 0) + 1;
    }
  }

  async function run(): Promise<ReconcileReport> {
    const openBefore = await journal.openSurveyIds();
    const openAnswersBefore = await journal.openAnswerIds();
    const checks = indexChecks.map((start) => start());
    const revBefore = await revisions();
    // Follow-ups first: one seen here has its answer stored already, so the scan below sees it.
    const followUps = new Set(
      (await models.FollowUp.find({}, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>()).map((f) =>
        String(f._id),
      ),
    );
    const expected = new Map<string, Expected>();
    const answerIds = new Set<string>();
    const detractors: Scanned[] = [];
    const cursor = models.Response.find(
      {},
      { projectId: 1, surveyId: 1, score: 1, category: 1, answeredAt: 1, createdAt: 1 },
    )
      .lean<Scanned[]>()
      .cursor();
    for await (const answer of cursor as AsyncIterable<Scanned>) {
      answerIds.add(String(answer._id));
      count(expected, answer);
      for (const check of checks) check.observe(answer);
      if (answer.category === 'detractor' && !followUps.has(String(answer._id))) detractors.push(answer);
    }

    const report: ReconcileReport = {
      at: new Date(),
      answers: answerIds.size,
      rollups: 0,
      driftAnswers: 0,
      repairedRollups: 0,
      missingFollowUps: 0,
      orphanFollowUps: [...followUps].filter((id) => !answerIds.has(id)).length,
      skippedSurveys: 0,
      unindexedAnswers: 0,
    };
    let failure: unknown = null;
    // Errors are carried out of the task: a task that throws would be retried in line forever.
    await stage.exclusive(async () => {
      try {
        await repair(report, expected, detractors, openBefore, revBefore);
        const openAnswers = new Set([...openAnswersBefore, ...(await journal.openAnswerIds())]);
        for (const check of checks) report.unindexedAnswers += await check.repair(openAnswers);
      } catch (err) {
        failure = err;
      }
    });
    if (failure) throw failure;
    repairedTotal += report.repairedRollups;
    last = report;
    const level =
      report.driftAnswers > 0 ||
      report.missingFollowUps > 0 ||
      report.orphanFollowUps > 0 ||
      report.unindexedAnswers > 0
        ? 'warn'
        : 'info';
    logger[level]({ ...report }, 'reconciled derived data with the stored answers');
    return report;
  }

  async function repair(
    report: ReconcileReport,
    expected: Map<string, Expected>,
    detractors: Scanned[],
    openBefore: Set<string>,
    revBefore: Map<string, number>,
  ): Promise<void> {
    {
      const open = new Set([...openBefore, ...(await journal.openSurveyIds())]);
      const rollups = await models.Rollup.find({}).lean<RollupDoc[]>();
      const actual = new Map(rollups.map((r) => [r._id, r]));
      const skipped = new Set<string>();
      for (const id of new Set([...expected.keys(), ...actual.keys()])) {
        const doc = actual.get(id);
        const want = expected.get(id);
        const surveyId = String(doc?.surveyId ?? want?.base.surveyId);
        const moved = doc ? revBefore.get(id) !== (doc.rev ?? 0) : false;
        if (open.has(surveyId) || moved) {
          skipped.add(surveyId);
          continue;
        }
        report.rollups++;
        const delta: Record<string, number> = {};
        for (const field of COUNTERS) {
          const d = (want?.counts[field] ?? 0) - Number(doc?.[field] ?? 0);
          if (d !== 0) delta[field] = d;
        }
        if (Object.keys(delta).length === 0) continue;
        report.driftAnswers += Math.abs(delta.total ?? 0);
        const repaired = doc
          ? (await models.Rollup.updateOne({ _id: id, rev: doc.rev ?? 0 }, { $inc: { ...delta, rev: 1 } }))
              .modifiedCount === 1
          : (
              await insertNew(models.Rollup.collection, [
                { _id: id, ...want!.base, ...want!.counts, hw: {}, rev: 1 },
              ])
            )[0] === 'inserted';
        if (repaired) report.repairedRollups++;
      }
      report.skippedSurveys = skipped.size;
      const missing = detractors.filter((d) => !open.has(d.surveyId.toHexString()));
      report.missingFollowUps = missing.length;
      if (missing.length > 0) {
        const docs = await Promise.all(
          missing.map((m) => models.Response.findById(m._id).lean<ResponseDoc>()),
        );
        await openFollowUps(docs.filter((d): d is ResponseDoc => d !== null));
      }
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> | null = null;
  let stopped = false;
  return {
    /** One full pass; resolves with what it found (and repaired). */
    run,
    last: () => last,
    repairedTotal: () => repairedTotal,

    /** A pass every `intervalMs` (0: never), the first one `intervalMs` after start. */
    start(intervalMs: number): void {
      if (intervalMs <= 0) return;
      const schedule = () => {
        timer = setTimeout(() => {
          current = run()
            .catch((err: unknown) => logger.warn({ err }, 'reconciliation failed; it runs again later'))
            .finally(() => {
              current = null;
              if (!stopped) schedule();
            });
        }, intervalMs);
        timer.unref();
      };
      schedule();
    },

    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

export type Reconciler = ReturnType<typeof createReconciler>;
