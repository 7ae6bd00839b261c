import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Équipe et accès',
  soon: 'Bientôt disponible',
  description: 'Invitez des collègues par un lien à usage unique, changez leurs rôles et retirez-les.',
} satisfies Translation<typeof en>;
