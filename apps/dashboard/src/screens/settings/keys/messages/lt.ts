import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'API raktai',
  soon: 'Netrukus',
  description:
    'Kurkite, keiskite ir atšaukite API raktus bei pasirinkite svetaines, kuriose galima rodyti valdiklį.',
} satisfies Translation<typeof en>;
