import type { Table } from '../../../lib/i18n/index.js';

export default {
  title: 'Responses',
  soon: 'Coming soon',
  description:
    'Every answer with filters, a search in the comments, each respondent’s timeline and an export of exactly what is shown.',
} as const satisfies Table;
