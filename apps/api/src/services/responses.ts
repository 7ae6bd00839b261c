import type { Readable } from 'node:stream';
import type {
  Category,
  Classification,
  ResponseCsvQuery,
  ResponseItem,
  ResponseListQuery,
  ResponsePage,
} from '@pulse/shared';
import { stringify } from 'csv-stringify';
import type { Models } from '../db/models.js';
import type { ResponseDoc } from '../db/response.js';
import { dateOf, readCursor, writeCursor } from '../lib/cursor.js';
import { isObjectId } from '../lib/object-id.js';
import { responseFilter } from './summaries/answer-filter.js';

export function toResponseItem(doc: ResponseDoc): ResponseItem {
  return {
    id: doc._id.toHexString(),
    surveyId: doc.surveyId.toHexString(),
    score: doc.score,
    category: doc.category as Category,
    comment: doc.comment ?? null,
    locale: doc.locale ?? null,
    respondent: (doc.respondent ?? {}) as ResponseItem['respondent'],
    context: (doc.context ?? {}) as ResponseItem['context'],
    classification: (doc.classification ?? null) as Classification | null,
    answeredAt: doc.answeredAt.toISOString(),
    createdAt: doc.createdAt.toISOString(),
  };
}

/** The sort key (createdAt, id) of the last item a client saw. */
const cursorOf = (doc: ResponseDoc) => writeCursor([doc.createdAt, doc._id.toHexString()]);

const sortKeyOf = (cursor: string) =>
  readCursor(cursor, ([at, id]) => {
    const createdAt = dateOf(at);
    return createdAt && id && isObjectId(id) ? { createdAt, id } : null;
  });

export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'answeredAt',
  'score',
  'category',
  'comment',
  'locale',
  'respondentId',
  'traits',
  'url',
  'priority',
  'themes',
  'churnRisk',
  'followUpStatus',
] as const;

/** Answers per follow-up lookup while exporting. */
const CSV_PAGE = 200;

function csvRow(
  item: ResponseItem,
  followUpStatus: string | undefined,
): Record<(typeof CSV_COLUMNS)[number], unknown> {
  return {
    ...item,
    respondentId: item.respondent.id ?? '',
    traits: item.respondent.traits ? JSON.stringify(item.respondent.traits) : '',
    url: item.context.url ?? '',
    priority: item.classification?.priority ?? '',
    themes: item.classification?.themes.join(' ') ?? '',
    churnRisk: item.classification ? String(item.classification.churnRisk) : '',
    followUpStatus: followUpStatus ?? '',
  };
}

function filterFor(projectId: string, q: ResponseCsvQuery): Record<string, unknown> {
  return { projectId, ...responseFilter(q) };
}

export function createResponseService(models: Models) {
  return {
    /** Newest first; the cursor continues strictly after the last item of the previous page. */
    async listResponses(projectId: string, q: ResponseListQuery): Promise<ResponsePage> {
      const filter = filterFor(projectId, q);
      if (q.cursor) {
        const { createdAt, id } = sortKeyOf(q.cursor);
        filter.$or = [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: id } }];
      }
      const docs = await models.Response.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .limit(q.limit + 1)
        .lean<ResponseDoc[]>();
      const page = docs.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(toResponseItem),
        nextCursor: docs.length > q.limit && last ? cursorOf(last) : null,
      };
    },

    /**
     * A CSV stream straight from a database cursor: memory stays flat for any size.
     * Each row carries the classification and, for detractors, the follow-up's status,
     * looked up a page of answers at a time.
     */
    streamResponsesCsv(projectId: string, q: ResponseCsvQuery): Readable {
      const csv = stringify({
        header: true,
        columns: [...CSV_COLUMNS],
        // Cells starting with = + - @ are prefixed so spreadsheets don't run them as formulas.
        cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
      });
      const cursor = models.Response.find(filterFor(projectId, q))
        .sort({ createdAt: -1, _id: -1 })
        .lean<ResponseDoc[]>()
        .cursor();
      const writeRows = async (page: ResponseDoc[]) => {
        const detractors = page.filter((d) => d.category === 'detractor').map((d) => d._id);
        const statuses = new Map<string, string>();
        if (detractors.length > 0) {
          const followUps = await models.FollowUp.find({ _id: { $in: detractors } }, { status: 1 }).lean<
            { _id: ResponseDoc['_id']; status: string }[]
          >();
          for (const f of followUps) statuses.set(f._id.toHexString(), f.status);
        }
        for (const doc of page) {
          if (!csv.write(csvRow(toResponseItem(doc), statuses.get(doc._id.toHexString()))))
            await new Promise((resolve) => csv.once('drain', resolve));
        }
      };
      (async () => {
        let page: ResponseDoc[] = [];
        for await (const doc of cursor as AsyncIterable<ResponseDoc>) {
          page.push(doc);
          if (page.length === CSV_PAGE) {
            await writeRows(page);
            page = [];
          }
        }
        await writeRows(page);
        csv.end();
      })().catch((err: unknown) => csv.destroy(err as Error));
      return csv;
    },

    async countResponses(surveyId: string): Promise<number> {
      return models.Response.countDocuments({ surveyId });
    },
  };
}

export type ResponseService = ReturnType<typeof createResponseService>;
