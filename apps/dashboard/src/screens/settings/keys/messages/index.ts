import { defineMessages } from '../../../../lib/i18n/index.js';
import type en from './en.js';

/** The API keys settings section's messages. */
export default defineMessages<typeof en>('keys', {
  en: () => import('./en.js'),
  es: () => import('./es.js'),
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  pt: () => import('./pt.js'),
  tl: () => import('./tl.js'),
  th: () => import('./th.js'),
  lt: () => import('./lt.js'),
  ar: () => import('./ar.js'),
  ru: () => import('./ru.js'),
});
