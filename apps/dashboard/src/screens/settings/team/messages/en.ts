import type { Table } from '../../../../lib/i18n/index.js';

export default {
  title: 'Team & access',
  soon: 'Coming soon',
  description: 'Invite colleagues with a one-time link, change their roles and remove them.',
} as const satisfies Table;
