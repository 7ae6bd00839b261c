import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Umfragen',
  soon: 'Demnächst',
  description:
    'Umfragen anlegen, bearbeiten, pausieren und duplizieren, mit ihren Texten in jeder Sprache und einer Live-Vorschau des Widgets.',
} satisfies Translation<typeof en>;
