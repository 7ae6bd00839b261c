import type { Translation } from '../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Antworten',
  soon: 'Demnächst',
  description:
    'Alle Antworten mit Filtern, Suche in den Kommentaren, der Zeitleiste jeder befragten Person und einem Export genau dessen, was angezeigt wird.',
} satisfies Translation<typeof en>;
