import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Clés d’API',
  soon: 'Bientôt disponible',
  description:
    'Créez, renouvelez et révoquez des clés d’API, et choisissez les sites autorisés à afficher le widget.',
} satisfies Translation<typeof en>;
