import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Respostas',
  soon: 'Em breve',
  description:
    'Todas as respostas com filtros, busca nos comentários, a linha do tempo de cada respondente e a exportação exatamente do que está na tela.',
} satisfies Translation<typeof en>;
