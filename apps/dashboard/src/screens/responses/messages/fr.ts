import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Réponses',
  soon: 'Bientôt disponible',
  description:
    'Toutes les réponses avec des filtres, une recherche dans les commentaires, la chronologie de chaque répondant et un export fidèle de ce qui est affiché.',
} satisfies Translation<typeof en>;
