import type { UiContext } from '../core/bridge.js';
import { EN, type WidgetStrings } from '../i18n/strings.js';

declare const __PULSE_LOCALE_SRI__: Record<string, string>;

declare global {
  interface Window {
    /** Filled by the locale-xx.js files. */
    __pulseStrings?: Record<string, WidgetStrings>;
  }
}

/**
 * The built-in strings for a language: English is bundled, the others are fetched
 * (pinned by SRI hash). A language that fails to load falls back to English.
 */
export async function builtInStrings(
  language: string,
  loadScript: UiContext['loadScript'],
): Promise<WidgetStrings> {
  const integrity = __PULSE_LOCALE_SRI__[language];
  if (integrity && !window.__pulseStrings?.[language]) await loadScript(`locale-${language}.js`, integrity);
  return window.__pulseStrings?.[language] ?? EN;
}
