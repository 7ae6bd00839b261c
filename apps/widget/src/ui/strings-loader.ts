import { EN, type WidgetStrings } from '../i18n/strings.js';

declare const __PULSE_LOCALE_SRI__: Record<string, string>;

declare global {
  interface Window {
    /** Filled by the locale-xx.js files. */
    __pulseStrings?: Record<string, WidgetStrings>;
  }
}

/** Where pulse-ui.js came from; the locale files sit beside it. */
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

/**
 * The built-in strings for a language: English is bundled, the others are fetched
 * (pinned by SRI hash). A language that fails to load falls back to English.
 */
export function builtInStrings(language: string): Promise<WidgetStrings> {
  const integrity = __PULSE_LOCALE_SRI__[language];
  const loaded = () => window.__pulseStrings?.[language] ?? EN;
  if (!integrity || window.__pulseStrings?.[language]) return Promise.resolve(loaded());
  return new Promise((resolve) => {
    const tag = document.createElement('script');
    tag.src = new URL(`locale-${language}.js`, base).href;
    tag.integrity = integrity;
    tag.crossOrigin = 'anonymous';
    tag.onload = tag.onerror = () => {
      tag.remove();
      resolve(loaded());
    };
    document.head.appendChild(tag);
  });
}
