import type { Table } from '../../../../lib/i18n/index.js';

export default {
  title: 'API keys',
  soon: 'Coming soon',
  description: 'Create, rotate and revoke API keys, and choose the sites allowed to show the widget.',
} as const satisfies Table;
