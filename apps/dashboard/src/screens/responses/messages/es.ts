import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Respuestas',
  soon: 'Próximamente',
  description:
    'Todas las respuestas con filtros, búsqueda en los comentarios, la cronología de cada encuestado y una exportación de exactamente lo que se muestra.',
} satisfies Translation<typeof en>;
