/**
 * Plain values the contracts are built from, in a module without zod, so that
 * browser code (the dashboard) importing them does not bundle the schema library.
 */

/** A MongoDB ObjectId as the API writes it: 24 lower-case hex digits. */
export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/;

/** Follow-up statuses; the transitions between them are described at `FollowUpStatus`. */
export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'resolved', 'dismissed'] as const;

/**
 * A survey's brand colour unless it sets one, and the widget's when a colour is unusable: an indigo
 * whose buttons pass WCAG AA on the widget's light and dark panels alike (5.3:1 and 3.4:1, white
 * text 5.3:1); #4f46e5 fails the dark one (2.8:1).
 */
export const DEFAULT_BRAND_COLOR = '#5b54f0';

/** Longest comment an answer may carry (the widget's textarea stops there too). */
export const COMMENT_MAX_LENGTH = 2000;

/** Longest note on a follow-up. */
export const FOLLOW_UP_NOTE_MAX_LENGTH = 2000;

/** Cookie-authenticated requests that change something must carry this header (a cross-site form cannot). */
export const CSRF_HEADER = 'x-pulse-csrf';

/** Chooses the project of a member who belongs to several. */
export const PROJECT_HEADER = 'x-pulse-project';

/** The header that carries an invite token to `/v1/invitation` (kept out of URLs and their logs). */
export const INVITE_HEADER = 'x-pulse-invite';

/** How long an invite link works unless the inviter says otherwise, and at most (days). */
export const INVITE_DEFAULT_DAYS = 7;
export const INVITE_MAX_DAYS = 30;

/** The shortest password a new account may choose. */
export const MIN_PASSWORD_LENGTH = 12;

/** The longest an API key replaced by a rotation keeps working (seconds). */
export const API_KEY_MAX_GRACE_SECONDS = 7 * 86_400;

/** The most allowed origins a project may list. */
export const MAX_ORIGINS = 50;

/** The Socket.io namespace of the live gateway. */
export const LIVE_NAMESPACE = '/live';

/**
 * The one Socket.io event name on /live: each message carries the events of
 * one publish round, in eventId order. One frame per round instead of one per
 * event keeps 1,000 dashboards cheap.
 */
export const LIVE_BATCH = 'events';

/** A member's role in a project; what each may do is `ROLE_PERMISSIONS` (permissions.ts). */
export const ROLES = ['owner', 'agent', 'viewer'] as const;

/** What an audit entry is about; the audit log filters by it. */
export const AUDIT_TARGET_TYPES = ['survey', 'member', 'api_key', 'project', 'webhook'] as const;

/**
 * Every change the audit log records, `<target type>.<what happened>`. A route that
 * records a new kind of change adds its code here (the dashboard labels them).
 */
export const AUDIT_ACTIONS = [
  'survey.created',
  'survey.updated',
  'survey.paused',
  'survey.resumed',
  'survey.deleted',
  'member.invited',
  'member.invite_revoked',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'api_key.created',
  'api_key.revoked',
  'api_key.rotated',
  'project.origins_replaced',
  'webhook.created',
  'webhook.updated',
  'webhook.paused',
  'webhook.resumed',
  'webhook.test_sent',
  'webhook.delivery_retried',
  'webhook.deleted',
] as const;

/**
 * The languages the dashboard speaks, English first (its source language). A member's
 * choice among them is stored on the member and returned with the session.
 */
export const DASHBOARD_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt', 'tl', 'th', 'lt', 'ar', 'ru'] as const;
export type DashboardLanguage = (typeof DASHBOARD_LANGUAGES)[number];
