import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Audito žurnalas',
  soon: 'Netrukus',
  description: 'Kas, kada ir ką pakeitė apklausose, nariuose, API raktuose ir webhook’uose.',
} satisfies Translation<typeof en>;
