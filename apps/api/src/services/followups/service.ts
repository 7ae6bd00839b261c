import { randomUUID } from 'node:crypto';
import {
  canMove,
  type FollowUp,
  type FollowUpChange,
  type FollowUpListQuery,
  type FollowUpPage,
  type FollowUpPatch,
  type FollowUpStatus,
  nextStates,
  refusalOf,
} from '@pulse/shared';
import { findOfProject } from '../../db/find-of-project.js';
import type { FollowUpDoc } from '../../db/followup.js';
import { insertNew } from '../../db/insert-new.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { HttpError, notFound } from '../../errors.js';
import { dateOf, readCursor, writeCursor } from '../../lib/cursor.js';
import { keyedSerializer } from '../../lib/keyed-serializer.js';
import { isObjectId } from '../../lib/object-id.js';
import type { Logger } from '../../logger.js';
import type { LivePublisher } from '../live-publisher.js';
import { correctionOf } from './correction.js';
import { newFollowUpDoc } from './opening.js';
import { toFollowUp } from './to-follow-up.js';

/** Told after follow-ups are durably opened or changed, a batch at a time (the webhook outbox listens here). */
export type FollowUpListener = (
  type: 'followup.created' | 'followup.updated',
  followUps: FollowUp[],
) => Promise<void>;

/** The sort key (priority rank, createdAt, id) of the last item a client saw. */
const cursorOf = (doc: FollowUpDoc) => writeCursor([doc.priorityRank, doc.createdAt, doc._id.toHexString()]);

const sortKeyOf = (cursor: string) =>
  readCursor(cursor, ([rank, at, id]) => {
    const createdAt = dateOf(at);
    return /^[0-3]$/.test(rank ?? '') && createdAt && id && isObjectId(id)
      ? { rank: Number(rank), createdAt, id }
      : null;
  });

interface Deps {
  models: Models;
  live: LivePublisher;
  logger: Logger;
  listeners?: FollowUpListener[];
}

export function createFollowUpService({ models, live, logger, listeners = [] }: Deps) {
  // FerretDB v1 (SQLite) does not apply a filtered update atomically, so two concurrent
  // PATCHes of one version could both "win"; on MongoDB the version filter alone guards.
  const serialize = keyedSerializer();

  /** Live event and listeners; failures are logged, not returned: the change itself is already durable. */
  async function announce(
    type: 'followup.created' | 'followup.updated',
    followUps: FollowUp[],
  ): Promise<void> {
    // Published together, these leave in one live round (the bus groups them by project).
    await Promise.all(
      followUps.map((followUp) =>
        live
          .publish(followUp.projectId, [{ type: 'followup.updated', surveyId: followUp.surveyId, followUp }])
          .catch((err: unknown) =>
            logger.error({ err, followUpId: followUp.id, type }, 'follow-up live event failed'),
          ),
      ),
    );
    await notifyListeners(type, followUps);
  }

  async function notifyListeners(
    type: 'followup.created' | 'followup.updated',
    followUps: FollowUp[],
  ): Promise<void> {
    if (followUps.length === 0) return;
    for (const listener of listeners) {
      try {
        await listener(type, followUps);
      } catch (err) {
        logger.error({ err, followUpIds: followUps.map((f) => f.id), type }, 'follow-up listener failed');
      }
    }
  }

  async function findOwned(projectId: string, id: string): Promise<FollowUpDoc> {
    const doc = await findOfProject<FollowUpDoc>(models.FollowUp, projectId, id);
    if (!doc) throw notFound('Follow-up');
    return doc;
  }

  /** The write behind updateFollowUp, run serialized per follow-up. */
  async function applyPatch(
    projectId: string,
    id: string,
    patch: FollowUpPatch,
    actor: string,
  ): Promise<FollowUp> {
    const current = await findOwned(projectId, id);
    const stale = (doc: FollowUpDoc) =>
      new HttpError(
        409,
        'stale_version',
        `The follow-up changed since version ${patch.version}; reload it and retry.`,
        {
          current: toFollowUp(doc),
        },
      );
    if (current.version !== patch.version) throw stale(current);

    const at = new Date();
    const set: Record<string, unknown> = { updatedAt: at };
    const changes: FollowUpChange[] = [];
    const from = current.status as FollowUpStatus;
    if (patch.status !== undefined && patch.status !== from) {
      // The one state machine (packages/shared) the dashboard reads too.
      if (!canMove(from, patch.status)) {
        throw new HttpError(409, 'invalid_transition', refusalOf(from, patch.status), {
          from,
          to: patch.status,
          allowed: nextStates(from),
        });
      }
      set.status = patch.status;
      changes.push({ type: 'status', from, to: patch.status });
    }
    if (patch.assignee !== undefined && patch.assignee !== (current.assignee ?? null)) {
      set.assignee = patch.assignee;
      changes.push({ type: 'assignee', from: current.assignee ?? null, to: patch.assignee });
    }
    const note = patch.note === undefined ? null : { id: randomUUID(), author: actor, text: patch.note, at };
    if (note) changes.push({ type: 'note', noteId: note.id });
    const correction = correctionOf(current, patch);
    if (correction) {
      Object.assign(set, correction.set);
      changes.push(correction.change);
    }
    if (changes.length === 0) return toFollowUp(current);

    const push: Record<string, unknown> = {
      history: { $each: changes.map((change) => ({ at, actor, change })) },
    };
    if (note) push.notes = note;
    // The version in the filter makes the write conditional: of two writers
    // starting from one version, exactly one matches.
    const updated = await models.FollowUp.findOneAndUpdate(
      { _id: id, projectId, version: patch.version },
      { $set: set, $push: push, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean<FollowUpDoc>();
    if (!updated) throw stale(await findOwned(projectId, id));

    const followUp = toFollowUp(updated);
    await announce('followup.updated', [followUp]);
    return followUp;
  }

  return {
    /**
     * An ingest afterStore hook: opens one follow-up per detractor answer. A
     * follow-up that already exists (same `_id`) is left alone, so running this
     * twice for an answer never opens two.
     */
    async openFollowUps(inserted: ResponseDoc[]): Promise<void> {
      const docs = inserted.filter((r) => r.category === 'detractor').map(newFollowUpDoc);
      if (docs.length === 0) return;
      const verdicts = await insertNew(models.FollowUp.collection, docs);
      const refused = verdicts.find((v) => v instanceof Error);
      if (refused) throw refused;
      // Already there means an earlier run stored it and may have stopped before telling
      // anyone (a crash, a failed step): tell again. The document is rebuilt identically,
      // the outbox ignores deliveries it has, and live clients upsert by id.
      const followUps = docs.map(toFollowUp);
      await Promise.all(
        followUps.map((followUp) =>
          live.publish(followUp.projectId, [
            { type: 'followup.updated', surveyId: followUp.surveyId, followUp },
          ]),
        ),
      );
      for (const listener of listeners) await listener('followup.created', followUps);
    },

    /** Urgent first, then oldest first; the cursor continues after the last item of the previous page. */
    async listFollowUps(projectId: string, q: FollowUpListQuery): Promise<FollowUpPage> {
      const filter: Record<string, unknown> = { projectId };
      if (q.status) filter.status = q.status;
      if (q.priority) filter.priority = q.priority;
      if (q.assignee) filter.assignee = q.assignee;
      if (q.surveyId) filter.surveyId = q.surveyId;
      if (q.theme) filter.themes = q.theme;
      if (q.cursor) {
        const { rank, createdAt, id } = sortKeyOf(q.cursor);
        filter.$or = [
          { priorityRank: { $gt: rank } },
          { priorityRank: rank, createdAt: { $gt: createdAt } },
          { priorityRank: rank, createdAt, _id: { $gt: id } },
        ];
      }
      const docs = await models.FollowUp.find(filter)
        .sort({ priorityRank: 1, createdAt: 1, _id: 1 })
        .limit(q.limit + 1)
        .lean<FollowUpDoc[]>();
      const page = docs.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(toFollowUp),
        nextCursor: docs.length > q.limit && last ? cursorOf(last) : null,
      };
    },

    async getFollowUp(projectId: string, id: string): Promise<FollowUp> {
      return toFollowUp(await findOwned(projectId, id));
    },

    /**
     * Applies a change made from `patch.version`. If the follow-up moved on since,
     * nothing changes and the answer is 409 `stale_version` with the current one.
     * `actor` is `api` for API-key calls or a team member's e-mail.
     */
    updateFollowUp(projectId: string, id: string, patch: FollowUpPatch, actor: string): Promise<FollowUp> {
      return serialize(id, () => applyPatch(projectId, id, patch, actor));
    },
  };
}

export type FollowUpService = ReturnType<typeof createFollowUpService>;
