import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Atsakymai',
  soon: 'Netrukus',
  description:
    'Visi atsakymai su filtrais, paieška komentaruose, kiekvieno respondento laiko juosta ir būtent to, kas rodoma, eksportas.',
} satisfies Translation<typeof en>;
