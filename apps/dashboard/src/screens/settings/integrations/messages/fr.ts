import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Intégrations',
  soon: 'Bientôt disponible',
  description:
    'Webhooks et alertes Slack pour les événements de votre choix, avec un bouton de test et le journal de chaque envoi.',
} satisfies Translation<typeof en>;
