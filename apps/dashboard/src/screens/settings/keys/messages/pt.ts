import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Chaves de API',
  soon: 'Em breve',
  description: 'Crie, renove e revogue chaves de API e escolha os sites que podem exibir o widget.',
} satisfies Translation<typeof en>;
