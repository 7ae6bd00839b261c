import type { Types } from 'mongoose';
import { journalId } from '../../db/journal.js';
import type { ResponseDoc } from '../../db/response.js';
import { deferred } from '../../lib/deferred.js';
import type { Logger } from '../../logger.js';
import type { RollupSource } from '../summaries/rollups.js';

/**
 * One derived step (live events, rollups, follow-ups, webhook outbox). It gets the
 * stored answers of one or more consecutive journal entries of one owner; it may be
 * run again for the same answers (a retry, a crash), so it must be idempotent or,
 * for rollups, guarded by `source`.
 */
export interface DerivedStep {
  name: string;
  run(docs: ResponseDoc[], source: RollupSource): Promise<void>;
}

/** What the stage needs of the journal: read an entry's stored answers, close finished entries. */
export interface JournalPort {
  storedAnswers(entryId: string, ids: readonly Types.ObjectId[]): Promise<ResponseDoc[]>;
  close(entryIds: string[]): Promise<void>;
}

/** A journal entry in the stage. `docs` is undefined until its insert's outcome is known, null if unknown. */
interface EntrySlot {
  kind: 'entry';
  id: string;
  owner: string;
  seq: number;
  ids: readonly Types.ObjectId[];
  docs: ResponseDoc[] | null | undefined;
  filled: Promise<void>;
  fill(docs: ResponseDoc[] | null): void;
  done: Promise<void>;
  finish(): void;
}

interface TaskSlot {
  kind: 'task';
  run(): Promise<void>;
  done: Promise<void>;
  finish(): void;
}

type Slot = EntrySlot | TaskSlot;

/** A reserved entry's handle for the ingest writer: say what its insert stored. */
export interface Reservation {
  id: string;
  owner: string;
  seq: number;
  /** The answers this entry stored (null: unknown, so the stage reads them back). */
  fill(docs: ResponseDoc[] | null): void;
}

/** Most answers in one pass of the steps (consecutive entries of one owner are folded). */
const MAX_GROUP_ANSWERS = 2_000;
const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 10_000;

/**
 * The derived stage: a FIFO of journal entries, worked one group at a time, each
 * group retried with backoff until every step has succeeded once, and only then
 * its entries closed. A failing group is never passed by, so one owner's entries
 * reach the rollups in seq order (which their guard needs) and `settle()` means
 * "everything before me is done". Tasks (the reconciler's repair) take their turn
 * in the same line, so they never overlap a rollup write of this process.
 */
export function createDeriveStage({
  owner,
  steps,
  journal,
  logger,
}: {
  owner: string;
  steps: DerivedStep[];
  journal: JournalPort;
  logger: Logger;
}) {
  const queue: Slot[] = [];
  let nextSeq = 1;
  let running: Promise<void> | null = null;
  let failures = 0;
  let failingSince: number | null = null;

  function entrySlot(id: string, slotOwner: string, seq: number, ids: readonly Types.ObjectId[]): EntrySlot {
    const filled = deferred();
    const done = deferred();
    const slot: EntrySlot = {
      kind: 'entry',
      id,
      owner: slotOwner,
      seq,
      ids,
      docs: undefined,
      filled: filled.promise,
      fill(docs) {
        if (slot.docs !== undefined) return;
        slot.docs = docs;
        filled.resolve();
      },
      done: done.promise,
      finish: done.resolve,
    };
    return slot;
  }

  function push(slot: Slot): void {
    queue.push(slot);
    kick();
  }

  function kick(): void {
    if (running) return;
    running = work().finally(() => {
      running = null;
      if (queue.length > 0) kick(); // queued between the loop's last check and here
    });
  }

  /** The next group: a task alone, an unknown entry alone, or consecutive known entries of one owner. */
  function takeGroup(): Slot[] {
    const head = queue[0]!;
    if (head.kind === 'task' || head.docs === null) return [head];
    const group: EntrySlot[] = [head];
    let answers = head.docs!.length;
    for (const slot of queue.slice(1)) {
      if (slot.kind !== 'entry' || slot.owner !== head.owner || !slot.docs) break;
      if (answers + slot.docs.length > MAX_GROUP_ANSWERS) break;
      group.push(slot);
      answers += slot.docs.length;
    }
    return group;
  }

  async function runEntries(group: EntrySlot[], done: Set<string>): Promise<void> {
    for (const slot of group) {
      if (slot.docs === null) slot.docs = await journal.storedAnswers(slot.id, slot.ids);
    }
    const docs = group.flatMap((slot) => slot.docs ?? []);
    const source = { owner: group[0]!.owner, firstSeq: group[0]!.seq, lastSeq: group.at(-1)!.seq };
    const results = await Promise.allSettled(
      steps
        .filter((step) => !done.has(step.name))
        .map(async (step) => {
          await step.run(docs, source);
          done.add(step.name);
        }),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await journal.close(group.map((slot) => slot.id));
  }

  async function work(): Promise<void> {
    while (queue.length > 0) {
      const head = queue[0]!;
      if (head.kind === 'entry' && head.docs === undefined) await head.filled;
      const group = takeGroup();
      const done = new Set<string>();
      for (let attempt = 0; ; attempt++) {
        try {
          if (group[0]!.kind === 'task') await group[0]!.run();
          else await runEntries(group as EntrySlot[], done);
          break;
        } catch (err) {
          failures++;
          failingSince ??= Date.now();
          const delay = Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS);
          const ids = group.flatMap((slot) => (slot.kind === 'entry' ? [slot.id] : []));
          logger[attempt === 0 ? 'warn' : 'error'](
            { err, entries: ids, attempt, retryInMs: delay },
            'derived work failed; retrying (later answers wait behind it)',
          );
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
      failingSince = null;
      queue.splice(0, group.length);
      for (const slot of group) slot.finish();
    }
  }

  return {
    /** Opens this process's next entry, in the order its batches started. */
    reserve(ids: readonly Types.ObjectId[]): Reservation {
      const seq = nextSeq++;
      const slot = entrySlot(journalId(owner, seq), owner, seq, ids);
      push(slot);
      return { id: slot.id, owner, seq, fill: slot.fill };
    },

    /** Takes over entries another (dead) process left open, in their seq order. */
    adopt(
      entries: { _id: string; owner: string; seq: number; responseIds: Types.ObjectId[] }[],
    ): Promise<void> {
      const slots = entries.map((e) => entrySlot(e._id, e.owner, e.seq, e.responseIds));
      for (const slot of slots) {
        slot.fill(null);
        push(slot);
      }
      return Promise.all(slots.map((s) => s.done)).then(() => undefined);
    },

    /** Runs `task` in line: after everything queued before it, before anything after. */
    exclusive(task: () => Promise<void>): Promise<void> {
      const done = deferred();
      push({ kind: 'task', run: task, done: done.promise, finish: done.resolve });
      return done.promise;
    },

    /** Resolves true once everything queued so far is done, false if `timeoutMs` passes first. */
    async settle(timeoutMs = Number.POSITIVE_INFINITY): Promise<boolean> {
      const last = queue.at(-1);
      if (!last) return true;
      if (!Number.isFinite(timeoutMs)) return last.done.then(() => true);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const result = await Promise.race([last.done.then(() => true as const), timedOut]);
      clearTimeout(timer);
      return result;
    },

    /** Answers stored (or possibly stored) whose derived work is still to do here. */
    backlog(): number {
      let answers = 0;
      for (const slot of queue) if (slot.kind === 'entry') answers += slot.docs?.length ?? slot.ids.length;
      return answers;
    },

    /** For /metrics: failed attempts so far, and how long the head group has been failing. */
    health: () => ({ failures, failingForMs: failingSince === null ? 0 : Date.now() - failingSince }),

    /** Resolves when the queue is empty (shutdown waits for it, within its own deadline). */
    drain: async (): Promise<void> => {
      while (running) await running;
    },
  };
}

export type DeriveStage = ReturnType<typeof createDeriveStage>;
