import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Pesquisas',
  soon: 'Em breve',
  description:
    'Crie, edite, pause e duplique pesquisas, com os textos em cada idioma e uma prévia ao vivo do widget.',
} satisfies Translation<typeof en>;
