import {
  type Category,
  PRIORITIES,
  type Priority,
  type Theme,
  type WebhookFilter,
  type WebhookPayload,
} from '@pulse/shared';

/** What a filter is judged on; null for a test delivery, which no filter holds back. */
interface Facts {
  category: Category;
  churnRisk: boolean;
  priority: Priority;
  themes: readonly Theme[];
}

/** Answers stored before the classifier ran have no classification: they count as low, no themes. */
const unclassified: Pick<Facts, 'churnRisk' | 'priority' | 'themes'> = {
  churnRisk: false,
  priority: 'low',
  themes: [],
};

function factsOf(payload: WebhookPayload): Facts | null {
  switch (payload.type) {
    case 'response.created': {
      const { churnRisk, priority, themes } = payload.data.classification ?? unclassified;
      return { category: payload.data.category, churnRisk, priority, themes };
    }
    case 'followup.created':
    case 'followup.updated': {
      const f = payload.data;
      return {
        category: f.response.category,
        churnRisk: f.churnRisk,
        priority: f.priority,
        themes: f.themes,
      };
    }
    case 'webhook.test':
      return null;
  }
}

const rank = (p: Priority) => PRIORITIES.indexOf(p);

/** Whether a webhook with this filter gets a delivery of this event: every condition given must hold. */
export function passesFilter(filter: WebhookFilter, payload: WebhookPayload): boolean {
  const facts = factsOf(payload);
  if (!facts) return true;
  if (filter.categories && !filter.categories.includes(facts.category)) return false;
  if (filter.churnRisk && !facts.churnRisk) return false;
  if (filter.minPriority && rank(facts.priority) > rank(filter.minPriority)) return false;
  if (filter.themes && !filter.themes.some((t) => facts.themes.includes(t))) return false;
  return true;
}
