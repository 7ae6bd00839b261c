import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Claves de API',
  soon: 'Próximamente',
  description: 'Crea, rota y revoca claves de API, y elige los sitios que pueden mostrar el widget.',
} satisfies Translation<typeof en>;
