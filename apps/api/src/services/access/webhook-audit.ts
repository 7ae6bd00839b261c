import type { AuditAction, Webhook } from '@pulse/shared';
import type { WebhookChange, WebhookChangeListener } from '../webhooks/service.js';
import type { createAuditLog } from './audit.js';

/** The fields of a webhook worth showing in the audit log (never its secret or full URL). */
function snapshot(webhook: Webhook | null): Record<string, unknown> | null {
  if (!webhook) return null;
  const { events, format, paused, filter } = webhook;
  return { host: new URL(webhook.url).host, events, format, paused, filter };
}

/** A change that only pauses or resumes is named so; any other change is `updated`. */
function actionOf({ action, before, after }: WebhookChange): AuditAction {
  if (action !== 'updated' || !before || !after) return `webhook.${action}`;
  const { paused: was, updatedAt: _b, ...rest } = before;
  const { paused: is, updatedAt: _a, ...restAfter } = after;
  const onlyPause = was !== is && JSON.stringify(rest) === JSON.stringify(restAfter);
  return onlyPause ? (is ? 'webhook.paused' : 'webhook.resumed') : 'webhook.updated';
}

/**
 * Records every webhook change in the audit log, named by host only: a Slack webhook's
 * path is itself a secret. The webhook service calls this; routes do not audit webhooks.
 */
export function auditWebhookChange(audit: ReturnType<typeof createAuditLog>): WebhookChangeListener {
  return async (change: WebhookChange) => {
    const shown = change.after ?? change.before;
    await audit.record(change.projectId, change.actor, {
      action: actionOf(change),
      target: { type: 'webhook', id: change.webhookId, name: shown ? new URL(shown.url).host : null },
      before: change.action === 'created' ? null : snapshot(change.before),
      after: change.action === 'deleted' ? null : snapshot(change.after),
    });
  };
}
