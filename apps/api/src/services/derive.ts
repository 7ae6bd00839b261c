import { randomUUID } from 'node:crypto';
import type { Models } from '../db/models.js';
import type { ResponseDoc } from '../db/response.js';
import type { LiveBus } from '../live/bus.js';
import type { Logger } from '../logger.js';
import { groupCommit } from './group-commit.js';
import { toResponseItem } from './responses.js';
import { applyRollups, rebuildRollups } from './rollups.js';

/** Work that follows a durable insert (follow-ups, webhooks); it must be idempotent per answer. */
export type AfterStore = (inserted: ResponseDoc[]) => Promise<void>;

interface Deps {
  models: Models;
  live: LiveBus;
  logger: Logger;
  afterStore: AfterStore[];
}

const BEAT_MS = 10_000;
/** Batches move the checkpoint at most this often: a stale one only means more is redone after a crash. */
const MIN_BEAT_GAP_MS = 1_000;
/** A process whose checkpoint has not moved for this long is taken for dead. */
const DEAD_AFTER_MS = 6 * BEAT_MS;
/** Answers are redone from this long before a dead process's checkpoint, for clock and batch skew. */
const REDO_MARGIN_MS = 60_000;

/** When each API process serving this database last beat, for those not taken for dead. */
export async function liveProcessBeats(models: Models): Promise<Date[]> {
  const alive = await models.Checkpoint.find({ beat: { $gte: new Date(Date.now() - DEAD_AFTER_MS) } }).lean<
    { beat: Date }[]
  >();
  return alive.map((checkpoint) => checkpoint.beat);
}

/**
 * Stage two of ingest: everything derived from stored answers (live events,
 * rollups, follow-ups, webhook deliveries). An answer is acknowledged once it
 * is stored; this stage runs behind the replies, in large batches. New answers
 * are published live as soon as they are stored, outside the stage, so that
 * dashboards see them without waiting for the slower rollup and hook writes
 * (the live bus coalesces what every producer publishes into rounds, so this
 * costs no extra messages under load).
 *
 * Crash safety without transactions (and without per-answer flags, since
 * FerretDB scans the collection on every update): each process keeps a
 * checkpoint, the creation time of its oldest answer still in this stage.
 * A process starting up claims the checkpoints of dead ones and finishes their
 * work: it recounts the rollups of the surveys concerned (absolute, so what the
 * dead process already counted is not counted twice) and reruns the idempotent
 * hooks for answers since their checkpoints. The recount starts from zero, so an
 * answer another live process stores into those surveys during it can be missed;
 * with several processes, start them while answers are quiet, or rebuild after.
 */
export function createDerivation({ models, live, logger, afterStore }: Deps) {
  const instance = randomUUID();
  const inFlight = new Map<ResponseDoc[], Date>();
  let beatTimer: NodeJS.Timeout | undefined;

  const stage = groupCommit<ResponseDoc[], true>(
    async (groups) => {
      const docs = groups.flat();
      await runSteps(docs, [
        [
          'rollups and summaries',
          async () => {
            await publishSummaries(docs, await applyRollups(models, docs));
          },
        ],
        ...hookSteps(docs),
      ]);
      for (const group of groups) inFlight.delete(group);
      if (Date.now() - lastBeat >= MIN_BEAT_GAP_MS) await beat();
      return groups.map(() => true as const);
    },
    // One batch at a time keeps the stage FIFO, which settle() relies on.
    { maxBatch: 50, concurrency: 1 },
  );
  let last: Promise<unknown> = Promise.resolve();
  let lastAnnounced: Promise<unknown> = Promise.resolve();
  let lastBeat = 0;

  const hookSteps = (docs: ResponseDoc[]) =>
    afterStore.map((hook, i): [string, () => Promise<void>] => [`afterStore[${i}]`, () => hook(docs)]);

  /** Independent steps run side by side; a failure is logged and the others go on. */
  async function runSteps(docs: ResponseDoc[], steps: [string, () => Promise<void>][]): Promise<void> {
    await Promise.all(
      steps.map(([step, run]) =>
        run().catch((err: unknown) =>
          logger.error(
            { err, step, responseIds: docs.map((d) => d._id.toHexString()) },
            'derived step failed',
          ),
        ),
      ),
    );
  }

  /** Moves this process's checkpoint to its oldest answer still in flight (or now). */
  async function beat(): Promise<void> {
    const now = new Date();
    lastBeat = now.getTime();
    const until = [...inFlight.values()].reduce((min, at) => (at < min ? at : min), now);
    await models.Checkpoint.updateOne(
      { _id: instance },
      { $set: { until, beat: now } },
      { upsert: true },
    ).catch((err: unknown) => logger.error({ err }, 'checkpoint update failed'));
  }

  /** New answers go live at once, without waiting for the rollups and hooks of the stage. */
  function announce(docs: ResponseDoc[]): Promise<unknown> {
    // Published together, they leave in one live round (the bus groups them by project).
    return Promise.all(
      docs.map((doc) =>
        live
          .publish(doc.projectId.toHexString(), [
            { type: 'response.created', surveyId: doc.surveyId.toHexString(), response: toResponseItem(doc) },
          ])
          .catch((err: unknown) =>
            logger.error({ err, responseId: doc._id.toHexString() }, 'publishing a new answer failed'),
          ),
      ),
    );
  }

  /** Each survey's new all-time distribution, to the project it belongs to. */
  function publishSummaries(docs: ResponseDoc[], totals: Map<string, number[]>): Promise<unknown> {
    const projectOf = new Map(docs.map((d) => [d.surveyId.toHexString(), d.projectId.toHexString()]));
    return Promise.all(
      [...totals].map(([surveyId, distribution]) =>
        live.publish(projectOf.get(surveyId)!, [{ type: 'summary.updated', surveyId, distribution }]),
      ),
    );
  }

  /** Finishes what dead processes left in stage two. Returns how many answers it redid. */
  async function recoverDeadProcesses(): Promise<number> {
    const cutoff = new Date(Date.now() - DEAD_AFTER_MS);
    const candidates = await models.Checkpoint.find({ beat: { $lt: cutoff } }).lean<{ _id: string }[]>();
    // Claim each one by refreshing its beat only if it is still stale: of two processes starting
    // together, one recovers it (on MongoDB; FerretDB runs one process). A claimer that dies
    // mid-recovery leaves it stale again, for the next start.
    const dead: { _id: string; until: Date }[] = [];
    for (const { _id } of candidates) {
      const claimed = await models.Checkpoint.findOneAndUpdate(
        { _id, beat: { $lt: cutoff } },
        { $set: { beat: new Date() } },
      ).lean<{ _id: string; until: Date }>();
      if (claimed) dead.push(claimed);
    }
    if (dead.length === 0) return 0;
    const since = new Date(Math.min(...dead.map((d) => d.until.getTime())) - REDO_MARGIN_MS);
    const docs = await models.Response.find({ createdAt: { $gte: since } }).lean<ResponseDoc[]>();
    for (const surveyId of new Set(docs.map((d) => d.surveyId.toHexString()))) {
      await rebuildRollups(models, surveyId);
    }
    await runSteps(docs, hookSteps(docs));
    await models.Checkpoint.deleteMany({ _id: { $in: dead.map((d) => d._id) } });
    if (docs.length > 0)
      logger.warn({ answers: docs.length, since }, 'finished derived work interrupted by a stop');
    return docs.length;
  }

  return {
    /** Queues derived work for answers just stored; returns at once. */
    enqueue(docs: ResponseDoc[]): void {
      if (docs.length === 0) return;
      inFlight.set(docs, new Date(Math.min(...docs.map((d) => d.createdAt.getTime()))));
      last = stage.submit(docs).catch((err: unknown) => logger.error({ err }, 'derived batch failed'));
      lastAnnounced = announce(docs);
    },

    /** Answers stored whose rollups, follow-ups and webhooks are still to be done in this process. */
    backlog(): number {
      let answers = 0;
      for (const docs of inFlight.keys()) answers += docs.length;
      return answers;
    },

    /** Resolves once the derived work of every answer acknowledged so far is done (read-your-writes). */
    settle: (): Promise<unknown> => Promise.all([last, lastAnnounced]),

    /** Before serving: recover dead processes' work, then start beating. */
    async start(): Promise<number> {
      const redone = await recoverDeadProcesses();
      await beat();
      beatTimer = setInterval(() => void beat(), BEAT_MS).unref();
      return redone;
    },

    /** After the last answer: finish the stage and retire this process's checkpoint. */
    async stop(): Promise<void> {
      await Promise.all([stage.drain(), lastAnnounced]);
      clearInterval(beatTimer);
      await models.Checkpoint.deleteOne({ _id: instance }).catch(() => undefined);
    },
  };
}
