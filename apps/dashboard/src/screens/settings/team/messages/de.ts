import type { Translation } from '../../../../lib/i18n/index.js';
import type en from './en.js';

export default {
  title: 'Team & Zugriff',
  soon: 'Demnächst',
  description: 'Kolleginnen und Kollegen per Einmal-Link einladen, ihre Rollen ändern und sie entfernen.',
} satisfies Translation<typeof en>;
