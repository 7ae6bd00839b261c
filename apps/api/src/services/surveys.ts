import type { PublicSurveyConfig, Survey, SurveyCreate, SurveyPatch } from '@pulse/shared';
import type { Types } from 'mongoose';
import { findOfProject } from '../db/find-of-project.js';
import type { Models } from '../db/models.js';
import type { SurveyDoc } from '../db/survey.js';
import { HttpError, notFound } from '../errors.js';
import { keyedSerializer } from '../lib/keyed-serializer.js';
import { TtlCache } from '../lib/ttl-cache.js';
import { surveyFor } from './survey-choice.js';

export function toSurvey(doc: SurveyDoc): Survey {
  return {
    id: doc._id.toHexString(),
    projectId: doc.projectId.toHexString(),
    name: doc.name,
    status: doc.status as Survey['status'],
    defaultLocale: doc.defaultLocale,
    texts: doc.texts as Survey['texts'],
    throttle: doc.throttle as Survey['throttle'],
    appearance: doc.appearance as Survey['appearance'],
    thankYouLinks: (doc.thankYouLinks ?? {}) as Survey['thankYouLinks'],
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export function createSurveyService(models: Models) {
  const byId = new TtlCache<SurveyDoc | null>(10_000);
  const serialize = keyedSerializer();

  const live = (projectId: Types.ObjectId | string) => ({ projectId, deletedAt: null });

  async function findOwned(projectId: string, id: string): Promise<SurveyDoc> {
    const doc = await findOfProject<SurveyDoc>(models.Survey, projectId, id);
    if (!doc || doc.deletedAt) throw notFound('Survey');
    return doc;
  }

  /** The write behind updateSurvey, run serialized per survey (see keyedSerializer). */
  async function applyPatch(projectId: string, id: string, patch: SurveyPatch): Promise<Survey> {
    const current = await findOwned(projectId, id);
    const { version, ...changes } = patch;
    const expected = version ?? current.version;
    const next = { ...current, ...changes };
    if (!(next.defaultLocale in (next.texts as object))) {
      throw new HttpError(400, 'invalid_request', 'defaultLocale must be one of the locales in texts', {
        path: ['defaultLocale'],
      });
    }
    const updated = await models.Survey.findOneAndUpdate(
      { _id: id, ...live(projectId), version: expected },
      { $set: changes, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean<SurveyDoc>();
    if (!updated) {
      throw new HttpError(409, 'stale_version', 'The survey changed since you read it; fetch it and retry.', {
        currentVersion: (await findOwned(projectId, id)).version,
      });
    }
    byId.delete(id);
    return toSurvey(updated);
  }

  return {
    async createSurvey(projectId: string, input: SurveyCreate): Promise<Survey> {
      const doc = await models.Survey.create({ ...input, projectId, version: 0 });
      return toSurvey(doc.toObject<SurveyDoc>());
    },

    async listSurveys(projectId: string): Promise<Survey[]> {
      const docs = await models.Survey.find(live(projectId)).sort({ createdAt: -1 }).lean<SurveyDoc[]>();
      return docs.map(toSurvey);
    },

    async getSurvey(projectId: string, id: string): Promise<Survey> {
      return toSurvey(await findOwned(projectId, id));
    },

    /** Replaces the named top-level fields; `version`, when given, must be the current one. */
    updateSurvey(projectId: string, id: string, patch: SurveyPatch): Promise<Survey> {
      return serialize(id, () => applyPatch(projectId, id, patch));
    },

    async deleteSurvey(projectId: string, id: string): Promise<void> {
      await findOwned(projectId, id);
      await models.Survey.updateOne({ _id: id }, { $set: { deletedAt: new Date() } });
      byId.delete(id);
    },

    /** A survey by id for the ingest path (cached); deleted ones are not found. */
    findForIngest(id: string): Promise<SurveyDoc | null> {
      return byId.get(id, () => models.Survey.findOne({ _id: id, deletedAt: null }).lean<SurveyDoc>().exec());
    },

    /**
     * The survey the widget should run for a visitor who reads `languages` (primary
     * subtags, best first; see survey-choice.ts): the most recently changed active one
     * with texts in their language, else the most recently changed active one.
     */
    async publicConfig(
      projectId: Types.ObjectId,
      languages: readonly string[],
    ): Promise<PublicSurveyConfig | null> {
      // A project runs a few surveys at a time (one per language, say), so reading all its active ones is cheap.
      const active = await models.Survey.find({ ...live(projectId), status: 'active' })
        .sort({ updatedAt: -1 })
        .lean<SurveyDoc[]>();
      const doc = surveyFor(active, languages);
      if (!doc) return null;
      const s = toSurvey(doc);
      return {
        surveyId: s.id,
        defaultLocale: s.defaultLocale,
        texts: s.texts,
        throttle: s.throttle,
        appearance: s.appearance,
        thankYouLinks: s.thankYouLinks,
      };
    },
  };
}

export type SurveyService = ReturnType<typeof createSurveyService>;
