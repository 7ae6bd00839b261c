import type { Table } from '../../../../lib/i18n/index.js';

export default {
  title: 'Surveys',
  soon: 'Coming soon',
  description:
    'Create, edit, pause and duplicate surveys, with their texts in every language and a live preview of the widget.',
} as const satisfies Table;
