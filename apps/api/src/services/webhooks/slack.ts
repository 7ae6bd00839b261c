import type { WebhookPayload } from '@pulse/shared';

/** Slack reads `&`, `<` and `>` as markup; everything else is sent as written. */
const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const quoted = (comment: string | null) => (comment ? ` — “${escapeSlack(comment)}”` : '');

/** The one line a `slack` webhook posts for an event. */
export function slackText(payload: WebhookPayload): string {
  switch (payload.type) {
    case 'response.created': {
      const r = payload.data;
      return `New NPS answer: ${r.score}/10 (${r.category})${quoted(r.comment)}`;
    }
    case 'followup.created': {
      const f = payload.data;
      const themes = f.themes.length > 0 ? ` · themes: ${f.themes.join(', ')}` : '';
      const churn = f.churnRisk ? ' · churn risk' : '';
      return `New ${f.priority} follow-up: ${f.response.score}/10${quoted(f.response.comment)}${themes}${churn} · due ${f.dueAt}`;
    }
    case 'followup.updated': {
      const f = payload.data;
      const assignee = f.assignee ? `, assigned to ${escapeSlack(f.assignee)}` : ', unassigned';
      return `Follow-up on a ${f.response.score}/10 answer is ${f.status.replace('_', ' ')}${assignee}`;
    }
    case 'webhook.test':
      return `Pulse test message: ${payload.data.message}`;
  }
}
