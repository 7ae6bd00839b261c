import type { Types } from 'mongoose';
import type { JournalDoc } from '../../db/journal.js';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import type { JournalPort } from './derive.js';

/** Exact `_id` reads, a few at a time: FerretDB pushes only those down to SQLite (`$in` scans). */
const READ_CONCURRENCY = 32;

/** The derive journal (`db/journal.ts`): opened before a batch's insert, closed after its derived work. */
export function createJournal(models: Models): JournalPort & {
  open(entry: Omit<JournalDoc, 'createdAt'>): Promise<void>;
  entriesOf(owner: string): Promise<JournalDoc[]>;
  owners(): Promise<string[]>;
  openSurveyIds(): Promise<Set<string>>;
  openAnswerIds(): Promise<Set<string>>;
} {
  return {
    async open(entry) {
      await models.Journal.insertMany([{ ...entry, createdAt: new Date() }], { lean: true });
    },

    /** The entry's answers that are stored and were stored by it (not replays of earlier batches). */
    async storedAnswers(entryId: string, ids: readonly Types.ObjectId[]): Promise<ResponseDoc[]> {
      const found: ResponseDoc[] = [];
      for (let i = 0; i < ids.length; i += READ_CONCURRENCY) {
        const docs = await Promise.all(
          ids.slice(i, i + READ_CONCURRENCY).map((id) => models.Response.findById(id).lean<ResponseDoc>()),
        );
        for (const doc of docs) if (doc?.batch === entryId) found.push(doc);
      }
      return found;
    },

    async close(entryIds: string[]) {
      await models.Journal.deleteMany({ _id: { $in: entryIds } });
    },

    entriesOf: (owner) => models.Journal.find({ owner }).sort({ seq: 1 }).lean<JournalDoc[]>(),

    async owners() {
      const docs = await models.Journal.find({}, { owner: 1 }).lean<{ owner: string }[]>();
      return [...new Set(docs.map((d) => d.owner))];
    },

    async openSurveyIds() {
      const docs = await models.Journal.find({}, { surveyIds: 1 }).lean<{ surveyIds: Types.ObjectId[] }[]>();
      return new Set(docs.flatMap((d) => d.surveyIds.map(String)));
    },

    async openAnswerIds() {
      const docs = await models.Journal.find({}, { responseIds: 1 }).lean<
        { responseIds: Types.ObjectId[] }[]
      >();
      return new Set(docs.flatMap((d) => d.responseIds.map(String)));
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
