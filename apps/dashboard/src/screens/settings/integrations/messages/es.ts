import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Integraciones',
  soon: 'Próximamente',
  description:
    'Webhooks y alertas de Slack para los eventos que elijas, con un botón de prueba y el registro de cada entrega.',
} satisfies Translation<typeof en>;
