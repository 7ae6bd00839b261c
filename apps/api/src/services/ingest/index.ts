import { randomBytes } from 'node:crypto';
import { classifyFeedback, classifyScore, type ResponseInput } from '@pulse/shared';
import { Types } from 'mongoose';
import type { Models } from '../../db/models.js';
import type { ResponseDoc } from '../../db/response.js';
import { HttpError } from '../../errors.js';
import { groupCommit } from '../../lib/group-commit.js';
import type { Logger } from '../../logger.js';
import { canonicalJson, sha256 } from '../access/keys.js';
import type { ProjectService } from '../access/projects.js';
import type { LivePublisher } from '../live-publisher.js';
import type { SurveyService } from '../surveys.js';
import { createDeriveStage } from './derive.js';
import { createJournal } from './journal.js';
import { createReconciler, type IndexCheck } from './reconcile.js';
import { createRecovery } from './recovery.js';
import { type AfterStore, derivedSteps } from './steps.js';
import { createBatchWriter, type IngestResult } from './write-batch.js';

export type { IndexCheck, Scanned } from './reconcile.js';
export type { AfterStore } from './steps.js';
export type { IngestResult } from './write-batch.js';

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
  live: LivePublisher;
  logger: Logger;
  afterStore?: { name: string; run: AfterStore }[];
  /** Opens follow-ups for answers that lack one (the reconciler's repair). */
  openFollowUps?: AfterStore;
  /** Derived indexes the reconciler checks against the answers (the explorer's). */
  indexChecks?: (() => IndexCheck)[];
  maxBatch?: number;
}

/**
 * Ingest in two stages. Stage one, the group commit (`write-batch.ts`): answers
 * arriving together are inserted in one round trip and acknowledged only once
 * stored. Stage two, the derive stage (`derive.ts`): live events, rollups,
 * follow-ups and webhook outbox rows, behind the replies, in larger batches,
 * retried until done. The derive journal ties them: an entry is written before
 * each insert and closed only when its derived work is done, so a crash leaves
 * open entries that `recovery.ts` finishes; `reconcile.ts` checks the result
 * against the answers themselves. See apps/api/README.md, "The derived-data invariant".
 */
export function createIngestService({
  models,
  projects,
  surveys,
  live,
  logger,
  afterStore = [],
  openFollowUps = async () => undefined,
  indexChecks = [],
  maxBatch = 500,
}: Deps) {
  // 48 random bits name this process in journal entries and rollup marks.
  const owner = randomBytes(6).toString('hex');
  const journal = createJournal(models);
  const stage = createDeriveStage({
    owner,
    steps: derivedSteps({ models, live, afterStore }),
    journal,
    logger,
  });
  const recovery = createRecovery({ models, owner, stage, journal, logger });
  const reconciler = createReconciler({ models, stage, journal, openFollowUps, indexChecks, logger });
  const commit = groupCommit<ResponseDoc, IngestResult>(createBatchWriter({ models, journal, stage }), {
    maxBatch,
  });

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
        batch: null,
      };
      return commit.submit(doc);
    },

    /**
     * Waits (up to `timeoutMs`) for the derived data of every answer acknowledged so
     * far: true once it is all done, false if it is still catching up.
     */
    settle: (timeoutMs?: number) => stage.settle(timeoutMs),

    /** Answers whose derived work is pending here, and the takeover of stopped processes. */
    status: () => ({ backlog: stage.backlog(), recovering: recovery.status(), ...stage.health() }),

    /** The reconciler, for /metrics, the admin CLI and tests. */
    reconciler,

    /** Starts beating and taking over stopped processes, and reconciling every `reconcileMs`; returns at once. */
    start({ reconcileMs = 0 }: { reconcileMs?: number } = {}): void {
      recovery.start();
      reconciler.start(reconcileMs);
    },

    /** After the last answer: finish what is queued (within the caller's deadline), then retire. */
    async drain(deadlineMs = Number.POSITIVE_INFINITY): Promise<void> {
      await commit.drain();
      recovery.stopTakeovers();
      await reconciler.stop();
      const finished = await Promise.race([
        stage.drain().then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), deadlineMs).unref()),
      ]);
      await recovery.stop(finished && stage.backlog() === 0);
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;
