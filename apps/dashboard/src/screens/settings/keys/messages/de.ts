import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'API-Schlüssel',
  soon: 'Demnächst',
  description:
    'API-Schlüssel anlegen, erneuern und widerrufen und die Websites wählen, die das Widget zeigen dürfen.',
} satisfies Translation<typeof en>;
