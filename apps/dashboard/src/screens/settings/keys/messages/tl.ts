import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Mga API key',
  soon: 'Malapit na',
  description:
    'Gumawa, mag-rotate, at magbawi ng mga API key, at piliin ang mga site na puwedeng magpakita ng widget.',
} satisfies Translation<typeof en>;
