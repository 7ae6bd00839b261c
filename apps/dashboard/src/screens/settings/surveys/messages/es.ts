import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Encuestas',
  soon: 'Próximamente',
  description:
    'Crea, edita, pausa y duplica encuestas, con sus textos en cada idioma y una vista previa en vivo del widget.',
} satisfies Translation<typeof en>;
