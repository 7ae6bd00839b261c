import type { Table } from '../../../../lib/i18n/index.js';

export default {
  title: 'Integrations',
  soon: 'Coming soon',
  description:
    'Webhooks and Slack alerts for the events you choose, with a test button and the log of every delivery.',
} as const satisfies Table;
