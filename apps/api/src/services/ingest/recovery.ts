import { hostname } from 'node:os';
import type { CheckpointDoc } from '../../db/checkpoint.js';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import type { Logger } from '../../logger.js';
import type { DeriveStage } from './derive.js';
import type { Journal } from './journal.js';

/** How often a process says it is alive, and looks for processes that are not. */
export const BEAT_MS = 2_000;
/** A process whose beat is older than this is taken for dead. */
export const DEAD_AFTER_MS = 15_000;
/** A long takeover says how far it has got this often. */
const PROGRESS_EVERY_MS = 5_000;

const HOST = hostname();

/** On this host, a pid that no longer exists is a process that died (no need to wait for its beat). */
function pidIsGone(pid: number | null): boolean {
  if (pid === null || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** When each API process serving this database last beat, for those not taken for dead. */
export async function liveProcessBeats(models: Models): Promise<Date[]> {
  const alive = await models.Checkpoint.find({ beat: { $gte: new Date(Date.now() - DEAD_AFTER_MS) } }).lean<
    { beat: Date }[]
  >();
  return alive.map((checkpoint) => checkpoint.beat);
}

/** What recovery reports on /metrics and in /readyz. */
export interface RecoveryStatus {
  /** Dead processes being finished now. */
  processes: number;
  /** Answers (or possibly stored answers) in their journal entries still to finish. */
  answers: number;
}

/**
 * Heartbeats and the takeover of dead processes. Every BEAT_MS this process
 * refreshes its checkpoint (and those it has claimed), then looks for dead ones:
 * a beat older than DEAD_AFTER_MS, or a pid gone on this host (a `kill -9` and
 * restart is noticed at the first beat), or journal entries whose owner has no
 * checkpoint at all. It claims each (a compare-and-set on the beat it read, so of
 * two live processes one wins), feeds its open entries to its own derive stage,
 * and when they are done removes the dead owner's rollup marks and checkpoint.
 * All of it runs behind serving, in the stage's normal batches.
 */
export function createRecovery({
  models,
  owner,
  stage,
  journal,
  logger,
}: {
  models: Models;
  owner: string;
  stage: DeriveStage;
  journal: Journal;
  logger: Logger;
}) {
  const claimed = new Map<string, number>();
  let takeovers = true;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | null = null;

  /**
   * Removes a finished owner's rollup marks. In the stage's line: FerretDB applies an
   * update as read-then-write, so one overlapping a rollup `$inc` could undo it.
   */
  function clearMarks(of: string): Promise<void> {
    return stage.exclusive(async () => {
      await models.Rollup.updateMany({ [`hw.${of}`]: { $exists: true } }, { $unset: { [`hw.${of}`]: '' } });
    });
  }

  async function beat(): Promise<void> {
    const now = new Date();
    const mine = await models.Checkpoint.findOneAndUpdate(
      { _id: owner },
      { $set: { beat: now, host: HOST, pid: process.pid } },
      { upsert: true, returnDocument: 'after' },
    ).lean<CheckpointDoc>();
    if (mine?.claimedBy && mine.claimedBy !== owner) {
      logger.error(
        { claimedBy: mine.claimedBy },
        'another process took this one for dead (it stopped beating for too long); its open work is being redone there',
      );
    }
    if (claimed.size > 0) {
      await models.Checkpoint.updateMany(
        { _id: { $in: [...claimed.keys()] }, claimedBy: owner },
        { $set: { beat: now } },
      );
    }
  }

  async function deadProcesses(): Promise<CheckpointDoc[]> {
    // Owners of open entries without a checkpoint (lost to a bug or a manual clean-up) count as dead too.
    const known = new Set(
      (await models.Checkpoint.find({}, { _id: 1 }).lean<{ _id: string }[]>()).map((c) => c._id),
    );
    const orphans = (await journal.owners()).filter((o) => o !== owner && !known.has(o));
    if (orphans.length > 0) {
      await insertNew(
        models.Checkpoint.collection,
        orphans.map((o) => ({ _id: o, beat: new Date(0), host: null, pid: null, claimedBy: null })),
      );
    }
    const cutoff = Date.now() - DEAD_AFTER_MS;
    const others = await models.Checkpoint.find({ _id: { $ne: owner } }).lean<CheckpointDoc[]>();
    return others.filter(
      (c) =>
        !claimed.has(c._id) &&
        (c.beat.getTime() < cutoff || (!c.claimedBy && c.host === HOST && pidIsGone(c.pid))),
    );
  }

  async function finish(dead: CheckpointDoc): Promise<void> {
    // Marked before the first await, so the next beat does not start a second takeover.
    claimed.set(dead._id, 0);
    try {
      const won = await models.Checkpoint.findOneAndUpdate(
        { _id: dead._id, beat: dead.beat },
        { $set: { beat: new Date(), claimedBy: owner } },
      ).lean<CheckpointDoc>();
      if (!won) return;
      const entries = await journal.entriesOf(dead._id);
      const answers = entries.reduce((n, e) => n + e.responseIds.length, 0);
      claimed.set(dead._id, answers);
      if (entries.length > 0) {
        logger.warn(
          { process: dead._id, entries: entries.length, answers },
          'finishing the derived work of a stopped process',
        );
      }
      let left = answers;
      let reported = Date.now();
      await stage.adopt(entries, ({ responseIds }) => {
        left -= responseIds.length;
        claimed.set(dead._id, left);
        if (Date.now() - reported >= PROGRESS_EVERY_MS) {
          reported = Date.now();
          logger.warn(
            { process: dead._id, answersLeft: left, of: answers },
            'still finishing a stopped process',
          );
        }
      });
      await clearMarks(dead._id);
      await models.Checkpoint.deleteOne({ _id: dead._id, claimedBy: owner });
      if (entries.length > 0)
        logger.warn({ process: dead._id, answers }, 'finished the derived work of a stopped process');
    } finally {
      claimed.delete(dead._id);
    }
  }

  async function tick(): Promise<void> {
    await beat();
    if (!takeovers) return;
    for (const dead of await deadProcesses()) {
      // Not awaited: a long takeover must not stop the beats.
      finish(dead).catch((err: unknown) =>
        logger.error({ err, process: dead._id }, 'taking over a stopped process failed; retrying'),
      );
    }
  }

  function safeTick(): void {
    ticking ??= tick()
      .catch((err: unknown) => logger.warn({ err }, 'heartbeat failed (is the database reachable?)'))
      .finally(() => {
        ticking = null;
      });
  }

  return {
    /** First beat and takeover check now, then every BEAT_MS; never blocks serving. */
    start(): void {
      safeTick();
      timer = setInterval(safeTick, BEAT_MS);
      timer.unref();
    },

    /** Shutting down: keep beating, but take over nothing new. */
    stopTakeovers(): void {
      takeovers = false;
    },

    status(): RecoveryStatus {
      let answers = 0;
      for (const n of claimed.values()) answers += n;
      return { processes: claimed.size, answers };
    },

    /**
     * After this process's last answer is derived: clear its rollup marks and retire its
     * checkpoint. With work still open (a shutdown that timed out), both stay, for takeover.
     */
    async stop(finished: boolean): Promise<void> {
      clearInterval(timer);
      await ticking;
      if (!finished) return;
      await clearMarks(owner);
      await models.Checkpoint.deleteOne({ _id: owner });
    },
  };
}
