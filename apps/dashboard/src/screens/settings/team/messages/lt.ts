import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Komanda ir prieiga',
  soon: 'Netrukus',
  description: 'Kvieskite kolegas vienkartine nuoroda, keiskite jų vaidmenis ir pašalinkite juos.',
} satisfies Translation<typeof en>;
