import { z } from 'zod';
import { PRIORITIES, THEMES } from '../classify/vocabulary.js';
import { IsoDate, ObjectId } from './common.js';
import { FOLLOW_UP_NOTE_MAX_LENGTH, FOLLOW_UP_STATUSES } from './names.js';
import { ResponseItem } from './response.js';

/**
 * The detractor queue. One follow-up per detractor answer, opened at ingest
 * with the classifier's priority, themes and churn risk.
 *
 * Status moves as `FOLLOW_UP_TRANSITIONS` (followup-states.ts) allows: open →
 * in_progress | resolved | dismissed, in_progress → resolved | dismissed | open,
 * resolved | dismissed → open. Anything else is 409 `invalid_transition`.
 */
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

const Priority = z.enum(PRIORITIES);
const Theme = z.enum(THEMES);

/** Who may be assigned: a team member's e-mail or name, as the dashboard knows them. */
export const FollowUpAssignee = z.string().trim().min(1).max(200);

export const FollowUpNote = z.strictObject({
  id: z.string(),
  /** The actor who wrote it: a member's e-mail, or `api:<key prefix>` for API-key calls. */
  author: z.string(),
  text: z.string(),
  at: IsoDate,
});
export type FollowUpNote = z.infer<typeof FollowUpNote>;

/** One entry of the history: what changed, by whom, when. */
export const FollowUpChange = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('opened'), priority: Priority }),
  z.strictObject({ type: z.literal('status'), from: FollowUpStatus, to: FollowUpStatus }),
  z.strictObject({ type: z.literal('assignee'), from: z.string().nullable(), to: z.string().nullable() }),
  z.strictObject({ type: z.literal('note'), noteId: z.string() }),
  /** A person corrected what the classifier said (its themes, its churn flag); the priority follows. */
  z.strictObject({
    type: z.literal('classification'),
    from: z.strictObject({ themes: z.array(Theme), churnRisk: z.boolean(), priority: Priority }),
    to: z.strictObject({ themes: z.array(Theme), churnRisk: z.boolean(), priority: Priority }),
  }),
]);
export type FollowUpChange = z.infer<typeof FollowUpChange>;

export const FollowUpHistoryEntry = z.strictObject({
  at: IsoDate,
  /** `system` for the opening at ingest, `api:<key prefix>` for API-key calls, else a member's e-mail. */
  actor: z.string(),
  change: FollowUpChange,
});
export type FollowUpHistoryEntry = z.infer<typeof FollowUpHistoryEntry>;

export const FollowUp = z.strictObject({
  /** Derived from the response id: one follow-up per answer. */
  id: ObjectId,
  projectId: ObjectId,
  surveyId: ObjectId,
  responseId: ObjectId,
  status: FollowUpStatus,
  priority: Priority,
  themes: z.array(Theme),
  churnRisk: z.boolean(),
  assignee: z.string().nullable(),
  notes: z.array(FollowUpNote),
  history: z.array(FollowUpHistoryEntry),
  /** When someone should have answered, from the priority's SLA (urgent 4 h, high 24 h, normal 72 h, low 7 d). */
  dueAt: IsoDate,
  createdAt: IsoDate,
  updatedAt: IsoDate,
  /** Bumped on every change; a PATCH must name the version it was made from. */
  version: z.number().int().min(0),
  /** The answer it follows up: score, comment, locale, respondent and traits. */
  response: ResponseItem,
});
export type FollowUp = z.infer<typeof FollowUp>;

/** Query of `GET /v1/followups`: urgent first, then oldest first. */
export const FollowUpListQuery = z.strictObject({
  status: FollowUpStatus.optional(),
  priority: Priority.optional(),
  assignee: FollowUpAssignee.optional(),
  surveyId: ObjectId.optional(),
  theme: Theme.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type FollowUpListQuery = z.infer<typeof FollowUpListQuery>;

export const FollowUpPage = z.strictObject({
  items: z.array(FollowUp),
  nextCursor: z.string().nullable(),
});
export type FollowUpPage = z.infer<typeof FollowUpPage>;

/**
 * Body of `PATCH /v1/followups/:id`. `version` is the one the client last saw;
 * if someone changed the follow-up since, the answer is 409 `stale_version`
 * with the current follow-up in `error.details.current`.
 */
export const FollowUpPatch = z
  .strictObject({
    version: z.number().int().min(0),
    status: FollowUpStatus.optional(),
    /** `null` unassigns. */
    assignee: FollowUpAssignee.nullable().optional(),
    /** Text of a note to append. */
    note: z.string().trim().min(1).max(FOLLOW_UP_NOTE_MAX_LENGTH).optional(),
    /** The themes the comment really names (corrects the classifier; recorded in the history). */
    themes: z
      .array(Theme)
      .max(THEMES.length)
      .refine((t) => new Set(t).size === t.length, 'each theme once')
      .meta({ uniqueItems: true })
      .optional(),
    /** Whether the customer really signals leaving (corrects the classifier). */
    churnRisk: z.boolean().optional(),
  })
  .refine(
    (p) =>
      p.status !== undefined ||
      p.assignee !== undefined ||
      p.note !== undefined ||
      p.themes !== undefined ||
      p.churnRisk !== undefined,
    { message: 'name at least one of status, assignee, note, themes, churnRisk' },
  )
  // The refinement, for the OpenAPI document: `version` and at least one change.
  .meta({ minProperties: 2 });
export type FollowUpPatch = z.infer<typeof FollowUpPatch>;
