import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Journal d’audit',
  soon: 'Bientôt disponible',
  description:
    'Qui a modifié quoi, et quand, dans les enquêtes, les membres, les clés d’API et les webhooks.',
} satisfies Translation<typeof en>;
