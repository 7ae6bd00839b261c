import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Integracijos',
  soon: 'Netrukus',
  description:
    'Webhook’ai ir Slack pranešimai apie pasirinktus įvykius, su bandymo mygtuku ir kiekvieno pristatymo žurnalu.',
} satisfies Translation<typeof en>;
