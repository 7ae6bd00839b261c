/**
 * The dashboard's one i18n instance. A screen defines its messages with `defineMessages`
 * (see README "Languages") and reads them as `messages.t`, in whatever language is shown.
 */
import { createI18n, type Loaders, type Messages } from './i18n.svelte.js';
import type { Compiled } from './messages.js';

export const i18n = createI18n();

export interface ScreenMessages<T> extends Messages<T> {
  /** The table in the shown language; reactive, so markup re-renders on a switch. */
  readonly t: Compiled<T>;
}

export function defineMessages<T>(id: string, loaders: Loaders<T>): ScreenMessages<T> {
  return {
    id,
    loaders,
    get t() {
      return i18n.t(this);
    },
  };
}

export type { Format } from './format.js';
export { directionOf, ENDONYMS, LANGUAGES, type Language } from './languages.js';
export type { Table, Translation } from './messages.js';
