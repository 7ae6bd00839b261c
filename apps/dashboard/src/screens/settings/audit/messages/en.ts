import type { AuditAction } from '@pulse/shared/contracts';
import type { Table } from '../../../../lib/i18n/index.js';

/** Every action of `AUDIT_ACTIONS` as a sentence: `satisfies` fails typecheck on a missing one. */
const actions = {
  'survey.created': '{actor} created the survey {target}',
  'survey.updated': '{actor} changed the survey {target}',
  'survey.paused': '{actor} paused the survey {target}',
  'survey.resumed': '{actor} published the survey {target}',
  'survey.deleted': '{actor} deleted the survey {target}',
  'member.invited': '{actor} invited {target} as {role}',
  'member.invite_revoked': '{actor} withdrew the invite for {target}',
  'member.joined': '{target} joined the project as {role}',
  'member.role_changed': '{actor} changed the role of {target} from {from} to {to}',
  'member.removed': '{actor} removed {target} from the project',
  'api_key.created': '{actor} created the API key {target}',
  'api_key.revoked': '{actor} revoked the API key {target}',
  'api_key.rotated': '{actor} rotated the API key {target}',
  'project.origins_replaced': '{actor} set the allowed origins to {origins}',
  'webhook.created': '{actor} added a webhook to {target}',
  'webhook.updated': '{actor} changed the webhook to {target}',
  'webhook.paused': '{actor} paused the webhook to {target}',
  'webhook.resumed': '{actor} resumed the webhook to {target}',
  'webhook.test_sent': '{actor} sent a test event to the webhook {target}',
  'webhook.delivery_retried': '{actor} retried a delivery of the webhook {target}',
  'webhook.deleted': '{actor} deleted the webhook to {target}',
} as const satisfies Record<AuditAction, string>;

export default {
  title: 'Audit log',
  intro: 'Who changed what in surveys, members, API keys, origins and webhooks, newest first.',
  targetType: 'About',
  anyTarget: 'Everything',
  targetTypes: {
    survey: 'Surveys',
    member: 'Members and invites',
    api_key: 'API keys',
    project: 'Allowed origins',
    webhook: 'Webhooks',
  },
  actor: 'Who',
  anyone: 'Anyone',
  empty: 'Nothing recorded yet.',
  emptyFiltered: 'Nothing recorded for these filters.',
  more: 'Load more',
  loadingMore: 'Loading…',
  end: 'That is everything.',
  /** An API key as the actor of a change: `api:sk_ab12cd`. */
  apiKey: 'API key {prefix}',
  anySite: 'any website',
  actions,
} as const satisfies Table;
