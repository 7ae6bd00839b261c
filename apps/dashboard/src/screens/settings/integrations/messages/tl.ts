import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Mga integrasyon',
  soon: 'Malapit na',
  description:
    'Mga webhook at alerto sa Slack para sa mga event na pipiliin mo, may button para sa pagsubok at log ng bawat paghahatid.',
} satisfies Translation<typeof en>;
