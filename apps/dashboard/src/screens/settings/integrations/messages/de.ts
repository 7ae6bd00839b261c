import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Integrationen',
  soon: 'Demnächst',
  description:
    'Webhooks und Slack-Benachrichtigungen für die Ereignisse deiner Wahl, mit Test-Knopf und dem Protokoll jeder Zustellung.',
} satisfies Translation<typeof en>;
