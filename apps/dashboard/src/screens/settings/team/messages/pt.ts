import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Equipe e acesso',
  soon: 'Em breve',
  description: 'Convide colegas com um link de uso único, altere os papéis deles e remova-os.',
} satisfies Translation<typeof en>;
