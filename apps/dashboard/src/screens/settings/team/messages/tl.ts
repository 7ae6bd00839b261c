import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Koponan at access',
  soon: 'Malapit na',
  description:
    'Mag-imbita ng mga kasamahan gamit ang link na isang beses lang magagamit, baguhin ang kanilang role, at alisin sila.',
} satisfies Translation<typeof en>;
