import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Talaan ng audit',
  soon: 'Malapit na',
  description: 'Kung sino ang nagbago ng ano sa mga survey, miyembro, API key, at webhook, at kailan.',
} satisfies Translation<typeof en>;
