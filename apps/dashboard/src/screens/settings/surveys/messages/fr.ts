import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Enquêtes',
  soon: 'Bientôt disponible',
  description:
    'Créez, modifiez, mettez en pause et dupliquez des enquêtes, avec leurs textes dans chaque langue et un aperçu en direct du widget.',
} satisfies Translation<typeof en>;
