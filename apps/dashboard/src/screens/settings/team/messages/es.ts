import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Equipo y acceso',
  soon: 'Próximamente',
  description: 'Invita a compañeros con un enlace de un solo uso, cambia sus roles y elimínalos.',
} satisfies Translation<typeof en>;
