import type { Table } from '../../../../lib/i18n/index.js';

export default {
  title: 'Audit log',
  soon: 'Coming soon',
  description: 'Who changed what in surveys, members, API keys and webhooks, and when.',
} as const satisfies Table;
