import { defineMessages } from '../../../../lib/i18n/index.js';
import type en from './en.js';

/** The words the team, API keys and audit sections share. */
export default defineMessages<typeof en>('access', {
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
