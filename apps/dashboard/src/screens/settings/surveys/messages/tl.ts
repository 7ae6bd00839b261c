import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Mga survey',
  soon: 'Malapit na',
  description:
    'Gumawa, mag-edit, mag-pause, at mag-duplicate ng mga survey, kasama ang mga teksto nito sa bawat wika at live na preview ng widget.',
} satisfies Translation<typeof en>;
