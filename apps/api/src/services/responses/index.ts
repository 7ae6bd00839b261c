import type { Readable } from 'node:stream';
import type {
  RespondentTimeline,
  RespondentTimelineQuery,
  ResponseCsvQuery,
  ResponseDetail,
  ResponseListQuery,
  ResponsePage,
} from '@pulse/shared';
import { findOfProject } from '../../db/find-of-project.js';
import type { FollowUpDoc } from '../../db/followup.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { HttpError, notFound } from '../../errors.js';
import { dateOf, readCursor, writeCursor } from '../../lib/cursor.js';
import { isObjectId } from '../../lib/object-id.js';
import type { RollupSource } from '../summaries/rollups.js';
import { answersCsv } from './csv.js';
import { createIndexCheck } from './index-check.js';
import { NO_LIMITS, openIndex, PAGE_LIMITS, type Place } from './index-reader.js';
import { createIndexWriter } from './index-writer.js';
import { planOf } from './plan.js';
import { respondentAnswers } from './timeline.js';
import { toResponseItem } from './to-item.js';

export { PART_SIZE } from './entry.js';
export { PAGE_LIMITS } from './index-reader.js';
export { TIMELINE_MAX } from './timeline.js';

/** Answers per batch of the CSV export. */
const CSV_BATCH = 200;

/** A list cursor: continue with the answers indexed before ordinal n. */
const listCursor = (ordinal: number) => writeCursor(['o', ordinal]);
const ordinalOf = (cursor: string) =>
  readCursor(cursor, ([tag, n]) => (tag === 'o' && n && /^\d{1,12}$/.test(n) ? Number(n) : null));

/** A timeline cursor: the (createdAt, id) of the last answer seen. */
const timelineCursor = (ref: { at: number; id: string }) => writeCursor([new Date(ref.at), ref.id]);
const timelineKeyOf = (cursor: string) =>
  readCursor(cursor, ([at, id]) => {
    const date = dateOf(at);
    return date && id && isObjectId(id) ? { at: date.getTime(), id } : null;
  });

/**
 * The responses explorer: a survey's answers filtered and paged newest first, one
 * answer with its follow-up, a respondent's timeline, and the CSV of what a filter
 * shows. Everything but the one answer is read from the explorer index
 * (index-writer.ts, index-reader.ts), never by scanning the answers.
 */
export function createResponseService(models: Models) {
  const writer = createIndexWriter(models);
  const indexAnswers = (docs: ResponseDoc[], source?: RollupSource) => writer.add(docs, source);

  return {
    /** The derive step: every stored answer into its survey's explorer index. */
    indexAnswers,

    /** For the reconciler: a check of the index against the stored answers, one per pass. */
    indexCheck: createIndexCheck(models, indexAnswers),

    /**
     * A page newest first, strictly after the cursor. One match more than the page is
     * looked for, to know whether there is a next page; each request's work is bounded
     * by PAGE_LIMITS (see ResponsePage).
     */
    async listResponses(q: ResponseListQuery): Promise<ResponsePage> {
      const index = await openIndex(models, q.surveyId);
      if (!index) return { items: [], nextCursor: null, searchedBackTo: null, workLimitReached: false };
      const plan = planOf(q);
      const matched: { place: Place; at: number }[] = [];
      const end = await index.scan(
        plan,
        q.cursor ? ordinalOf(q.cursor) : null,
        PAGE_LIMITS,
        (entry, place) => {
          matched.push({ place, at: entry.at });
          return matched.length <= q.limit;
        },
      );
      const page = matched.slice(0, q.limit);
      const items = await index.items(
        page.map((m) => m.place),
        plan.confirms,
      );
      const next =
        end.reason === 'visitor'
          ? { below: page.at(-1)!.place.ordinal, at: page.at(-1)!.at }
          : end.reason === 'limit'
            ? end
            : null;
      return {
        items,
        nextCursor: next && listCursor(next.below),
        searchedBackTo: next && new Date(next.at).toISOString(),
        workLimitReached: end.reason === 'limit',
      };
    },

    /** One answer, with the follow-up it opened (detractors). */
    async getResponse(projectId: string, id: string): Promise<ResponseDetail> {
      const doc = await findOfProject<ResponseDoc>(models.Response, projectId, id);
      if (!doc) throw notFound('Response');
      const followUp =
        doc.category === 'detractor'
          ? await models.FollowUp.findById(doc._id, { status: 1, assignee: 1 }).lean<FollowUpDoc>()
          : null;
      return {
        ...toResponseItem(doc),
        followUp: followUp && {
          id: followUp._id.toHexString(),
          status: followUp.status as NonNullable<ResponseDetail['followUp']>['status'],
          assignee: followUp.assignee ?? null,
        },
      };
    },

    /** Every answer of one `respondent.id` across the project's surveys, newest first. */
    async respondentTimeline(
      projectId: string,
      respondentId: string,
      q: RespondentTimelineQuery,
    ): Promise<RespondentTimeline> {
      if (respondentId.length === 0 || respondentId.length > 200) {
        throw new HttpError(400, 'invalid_request', 'A respondent id has 1 to 200 characters.', {
          issues: [{ path: ['respondentId'], message: 'must have 1 to 200 characters' }],
        });
      }
      const below = q.cursor ? timelineKeyOf(q.cursor) : null;
      const { refs, truncated, load } = await respondentAnswers(models, projectId, respondentId);
      const after = refs.filter((r) => !below || r.at < below.at || (r.at === below.at && r.id < below.id));
      // A page takes its answers from at most PAGE_LIMITS.itemParts sealed parts, as the list does.
      const page: typeof refs = [];
      const parts = new Set<string>();
      for (const ref of after) {
        if (page.length === q.limit) break;
        const part = ref.item ? null : `${ref.surveyId}:${ref.part}`;
        if (part && !parts.has(part) && parts.size >= PAGE_LIMITS.itemParts) break;
        if (part) parts.add(part);
        page.push(ref);
      }
      const last = page.at(-1);
      return {
        respondentId,
        items: await load(page),
        nextCursor: last && after.length > page.length ? timelineCursor(last) : null,
        truncated,
      };
    },

    /** Exactly the answers the list shows for the same query, all of them, as a CSV stream. */
    streamResponsesCsv(projectId: string, q: ResponseCsvQuery): Readable {
      const plan = planOf(q);
      const statuses = async () => {
        const followUps = await models.FollowUp.find({ surveyId: q.surveyId, projectId }, { status: 1 }).lean<
          Pick<FollowUpDoc, '_id' | 'status'>[]
        >();
        return new Map(followUps.map((f) => [f._id.toHexString(), f.status]));
      };
      return answersCsv(statuses, async (write) => {
        const index = await openIndex(models, q.surveyId);
        if (!index) return;
        let batch: Place[] = [];
        let open = true;
        const flush = async () => {
          open = await write(await index.items(batch, plan.confirms));
          batch = [];
          return open;
        };
        await index.scan(plan, null, NO_LIMITS, async (_entry, place) => {
          batch.push(place);
          return batch.length < CSV_BATCH || (await flush());
        });
        if (open && batch.length > 0) await flush();
      });
    },

    async countResponses(surveyId: string): Promise<number> {
      return models.Response.countDocuments({ surveyId });
    },
  };
}

export type ResponseService = ReturnType<typeof createResponseService>;
