import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Registro de auditoria',
  soon: 'Em breve',
  description: 'Quem alterou o quê em pesquisas, membros, chaves de API e webhooks, e quando.',
} satisfies Translation<typeof en>;
