import {
  type Category,
  classifyFeedback,
  classifyScore,
  type ResponseCreated,
  type ResponseInput,
} from '@pulse/shared';
import { Types } from 'mongoose';
import { insertNew } from '../db/insert-new.js';
import type { Models } from '../db/models.js';
import type { ResponseDoc } from '../db/response.js';
import { HttpError } from '../errors.js';
import type { LiveBus } from '../live/bus.js';
import type { Logger } from '../logger.js';
import { type AfterStore, createDerivation } from './derive.js';
import { groupCommit } from './group-commit.js';
import { canonicalJson, sha256 } from './keys.js';
import type { ProjectService } from './projects.js';
import type { SurveyService } from './surveys.js';

export interface IngestResult {
  status: 200 | 201;
  body: ResponseCreated;
}

/** Clocks of phones drift; an answer "from the future" beyond this is refused. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Same project and key, same `_id`: the primary key is the idempotency guard. */
export function responseIdFor(projectId: string, idempotencyKey: string): Types.ObjectId {
  return new Types.ObjectId(sha256(`${projectId}:${idempotencyKey.toLowerCase()}`).slice(0, 24));
}

interface Deps {
  models: Models;
  projects: ProjectService;
  surveys: SurveyService;
  live: LiveBus;
  logger: Logger;
  afterStore?: AfterStore[];
  maxBatch?: number;
}

export function createIngestService({
  models,
  projects,
  surveys,
  live,
  logger,
  afterStore = [],
  maxBatch = 500,
}: Deps) {
  const commit = groupCommit<ResponseDoc, IngestResult>(writeBatch, { maxBatch });
  const derivation = createDerivation({ models, live, logger, afterStore });

  /** Inserts a batch in one round trip; keys already stored become replays or conflicts. */
  async function writeBatch(docs: ResponseDoc[]): Promise<(IngestResult | HttpError)[]> {
    const firstById = new Map<string, ResponseDoc>();
    for (const doc of docs)
      if (!firstById.has(doc._id.toHexString())) firstById.set(doc._id.toHexString(), doc);
    const unique = [...firstById.values()];

    const duplicates = await insertNew(models.Response.collection, unique);
    const alreadyStored = new Set([...duplicates].map((i) => unique[i]!._id.toHexString()));

    // Stored and acknowledged from here; the rest follows behind the replies.
    derivation.enqueue(unique.filter((d) => !alreadyStored.has(d._id.toHexString())));

    const stored = new Map<string, ResponseDoc | null>();
    await Promise.all(
      [...alreadyStored].map(async (id) =>
        stored.set(id, await models.Response.findById(id).lean<ResponseDoc>()),
      ),
    );
    return docs.map((doc) => {
      const id = doc._id.toHexString();
      const isFirst = firstById.get(id) === doc && !alreadyStored.has(id);
      if (isFirst) return { status: 201, body: { id, category: doc.category as Category } };
      const original = stored.get(id) ?? firstById.get(id)!;
      if (original.requestHash !== doc.requestHash) {
        return new HttpError(
          409,
          'idempotency_conflict',
          'This Idempotency-Key was already used for a different answer.',
        );
      }
      return { status: 200, body: { id, category: original.category as Category } };
    });
  }

  return {
    /**
     * Stores one answer exactly once: 201 the first time, 200 with the same body
     * for a replay of the same key and body, 409 for the same key with another body.
     */
    async submit(input: ResponseInput, idempotencyKey: string, origin?: string): Promise<IngestResult> {
      const project = await projects.findByPublicKey(input.publicKey);
      if (!project) throw new HttpError(404, 'project_not_found', 'No project has this public key.');
      if (origin && project.origins.length > 0 && !project.origins.includes(origin)) {
        throw new HttpError(
          403,
          'origin_not_allowed',
          `Answers from ${origin} are not allowed for this project.`,
        );
      }
      const survey = await surveys.findForIngest(input.surveyId);
      if (!survey?.projectId.equals(project._id)) {
        throw new HttpError(404, 'survey_not_found', 'This project has no survey with that id.');
      }
      const now = new Date();
      const answeredAt = input.answeredAt ? new Date(input.answeredAt) : now;
      if (answeredAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
        throw new HttpError(400, 'invalid_request', 'answeredAt is in the future.', { path: ['answeredAt'] });
      }
      const { idempotencyKey: _inBody, ...answer } = input;
      const doc: ResponseDoc = {
        _id: responseIdFor(project._id.toHexString(), idempotencyKey),
        projectId: project._id,
        surveyId: survey._id,
        score: answer.score,
        category: classifyScore(answer.score),
        comment: answer.comment?.trim() || null,
        locale: answer.locale ?? null,
        respondent: answer.respondent ?? {},
        context: answer.context ?? {},
        classification: classifyFeedback({
          score: answer.score,
          comment: answer.comment,
          locale: answer.locale,
        }),
        idempotencyKey: idempotencyKey.toLowerCase(),
        requestHash: sha256(canonicalJson(answer)),
        answeredAt: answeredAt > now ? now : answeredAt,
        createdAt: now,
      };
      return commit.submit(doc);
    },

    /** Waits for the derived data (rollups, follow-ups…) of every answer acknowledged so far. */
    settle: () => derivation.settle(),

    /** Answers whose derived work is still pending (the /metrics backlog gauge). */
    backlog: () => derivation.backlog(),

    /** Before serving: finishes derived work that a stopped process left behind. */
    start: () => derivation.start(),

    async drain() {
      await commit.drain();
      await derivation.stop();
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
