import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Apklausos',
  soon: 'Netrukus',
  description:
    'Kurkite, redaguokite, pristabdykite ir dubliuokite apklausas: jų tekstai kiekviena kalba ir tiesioginė valdiklio peržiūra.',
} satisfies Translation<typeof en>;
