import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Registro de auditoría',
  soon: 'Próximamente',
  description: 'Quién cambió qué en encuestas, miembros, claves de API y webhooks, y cuándo.',
} satisfies Translation<typeof en>;
