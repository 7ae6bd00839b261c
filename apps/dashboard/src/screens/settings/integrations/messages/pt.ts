import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Integrações',
  soon: 'Em breve',
  description:
    'Webhooks e alertas do Slack para os eventos que você escolher, com um botão de teste e o registro de cada entrega.',
} satisfies Translation<typeof en>;
