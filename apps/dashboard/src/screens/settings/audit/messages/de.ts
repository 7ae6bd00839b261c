import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Änderungsprotokoll',
  soon: 'Demnächst',
  description: 'Wer wann was an Umfragen, Mitgliedern, API-Schlüsseln und Webhooks geändert hat.',
} satisfies Translation<typeof en>;
